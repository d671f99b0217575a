using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>
/// A time expression in a sentence, as token positions [<see cref="FirstToken"/>, <see cref="EndToken"/>).
/// <see cref="Date"/> is null until resolved when the text gives a month without its year ("in December");
/// <see cref="Part"/> names a part of the period ("first nine months"), null for the whole of it.
/// <see cref="Basis"/> says how it was dated: explicit, relative (to the publication date) or context.
/// </summary>
public sealed record TimeExpression(int FirstToken, int EndToken, TimeRole Role)
{
    public PartialDate? Date { get; init; }
    /// <summary>The month of a month-only expression, waiting for a year from the context.</summary>
    public int? Month { get; init; }
    /// <summary>The day of a month-only expression that gives one ("on December 26").</summary>
    public int? Day { get; init; }
    /// <summary>The expression says "the year": the year comes from the context.</summary>
    public bool NeedsYear { get; init; }
    public string? Part { get; init; }
    /// <summary>"the previous year": a year counted from the period of the figure it qualifies, not from a date.</summary>
    public int? YearsBeforePeriod { get; init; }
    public string Basis { get; init; } = "explicit";
}
