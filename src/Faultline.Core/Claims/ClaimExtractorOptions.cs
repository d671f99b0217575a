namespace Faultline.Core.Claims;

/// <summary>
/// Policies of the claim extractor. The gold marks vague amounts ("hundreds of", "tens of thousands") as optional:
/// a match earns nothing and a miss costs nothing, so reporting them can only add false positives; they are off
/// by default. A bare count ("the figure stood at 47") names nothing it counts and is off too.
/// </summary>
public sealed record ClaimExtractorOptions
{
    public bool IncludeVague { get; init; }
    public bool IncludeBareCounts { get; init; }

    public static ClaimExtractorOptions Default { get; } = new();
}
