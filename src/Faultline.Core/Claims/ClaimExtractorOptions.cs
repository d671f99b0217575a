namespace Faultline.Core.Claims;

/// <summary>
/// Policies of the claim extractor. The gold marks vague amounts ("hundreds of", "tens of thousands") as optional:
/// a match earns nothing and a miss costs nothing, so reporting them can only add false positives; they are off
/// by default. A bare count ("the figure stood at 47") names nothing it counts and is off too. A small count
/// written in words of something that is neither people, attacks, money nor distance ("two volatile districts",
/// "three rounds of talks") is incidental to the situation; the gold marks such counts optional at most, so they
/// are off by default as well. Counts in digits ("26 training camps") are kept.
/// </summary>
public sealed record ClaimExtractorOptions
{
    public bool IncludeVague { get; init; }
    public bool IncludeBareCounts { get; init; }
    public bool IncludeSpelledCounts { get; init; }

    public static ClaimExtractorOptions Default { get; } = new();
}
