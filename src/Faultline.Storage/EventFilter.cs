namespace Faultline.Storage;

/// <summary>Which events to return; every criterion is optional and they combine with AND.</summary>
public sealed record EventFilter
{
    /// <summary>An actor key (group or country code) on either side.</summary>
    public string? Actor { get; init; }
    /// <summary>Two actor keys, in either direction.</summary>
    public (string A, string B)? Dyad { get; init; }
    /// <summary>A CAMEO code prefix: "19" matches every code of root 19, "195" only that code and its sub-codes.</summary>
    public string? Code { get; init; }
    public int? Quad { get; init; }
    /// <summary>ISO date prefixes; an event whose date starts within [From, To] is returned.</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Place { get; init; }
    public string? Document { get; init; }
    /// <summary>Only these event ids (to find the sentences a story's events came from).</summary>
    public IReadOnlyCollection<long>? Ids { get; init; }
    public int Limit { get; init; } = int.MaxValue;
    public int Offset { get; init; }
}
