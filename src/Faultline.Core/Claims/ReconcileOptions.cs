namespace Faultline.Core.Claims;

/// <summary>
/// Thresholds of <see cref="ClaimReconciler"/>: <see cref="Tolerance"/> is the relative difference under which two
/// values agree (0.05: 1,500 and 1,560 agree, 1,500 and 1,600 do not); <see cref="SubjectOverlap"/> is the share of
/// the shorter subject's content words that the other must share for both to be about the same measure.
/// </summary>
public sealed record ReconcileOptions
{
    public double Tolerance { get; init; } = 0.05;
    public double SubjectOverlap { get; init; } = 0.5;
    /// <summary>What subjects measure; figures of different measures are never compared.</summary>
    public MeasureWords Measures { get; init; } = MeasureWords.None;

    public static ReconcileOptions Default { get; } = new();
}
