namespace Faultline.Storage;

/// <summary>What happened to a document handed to the store.</summary>
public enum SaveOutcome
{
    /// <summary>A document name seen for the first time.</summary>
    Added,
    /// <summary>Same name, different content: stored as the next version.</summary>
    NewVersion,
    /// <summary>Identical content already stored: nothing added.</summary>
    Unchanged,
}

public sealed record DocumentRow(long Id, string Doc, long Version, string ContentHash, string? Path, string? Title,
    string? Outlet, string? Author, string? Published, string? PublishedBasis, long Events, long Claims, string AnalyzedAt);

public sealed record EventRow(long Id, string Doc, long DocumentId, string Code, string Root, long Quad, double Goldstein,
    string? Date, string? Actor1Country, string? Actor1Group, string? Actor1Role, string? Actor1Name, string? Actor1Cameo,
    string? Actor2Country, string? Actor2Group, string? Actor2Role, string? Actor2Name, string? Actor2Cameo,
    string? Location, string? LocationCountry, double? Lat, double? Lon, long? Fatalities, long? SentenceIdx,
    long? EvidenceStart, long? EvidenceEnd, string Pattern, string Sentence);

public sealed record ClaimRow(long Id, string Doc, long DocumentId, double Value, double? ValueHigh, string Unit,
    string? Qualifier, string? Subject, string? Kind, string? Period, string? Baseline, string? Source,
    long? SentenceIdx, long? StartChar, long? EndChar, string Rule, string? Outlet, string Sentence);

/// <summary>An actor, person or place across documents: how often and where it is mentioned.</summary>
public sealed record EntitySummary(string Id, string Name, string? Country, string? Group, string? Role,
    long Documents, long Mentions, double? Lat = null, double? Lon = null);

public sealed record StoreCounts(long Documents, long Events, long Claims, long Actors, long Failures, long Stories);

public sealed record FailureRow(long Id, string Path, string Reason, string At);
