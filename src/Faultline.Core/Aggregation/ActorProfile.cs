namespace Faultline.Core.Aggregation;

/// <summary>
/// One actor across the whole database: where it is mentioned, when it first and last appears in a dated story,
/// and whom it deals with most (its counterparts, with the mean Goldstein score of their stories).
/// </summary>
public sealed record ActorProfile(string Key, string Name, string? Country, string? Group, long Documents, long Mentions)
{
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public int Stories { get; init; }
    public IReadOnlyList<Counterpart> Counterparts { get; init; } = [];
}

public sealed record Counterpart(string Key, int Stories, double MeanGoldstein);
