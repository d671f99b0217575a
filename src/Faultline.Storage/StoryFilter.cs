namespace Faultline.Storage;

/// <summary>Which stories to return; criteria combine with AND.</summary>
public sealed record StoryFilter
{
    /// <summary>An actor key on either side.</summary>
    public string? Actor { get; init; }
    /// <summary>Two actor keys, in either direction.</summary>
    public (string A, string B)? Dyad { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public int? Quad { get; init; }
    public string? Issue { get; init; }
    public int Limit { get; init; } = int.MaxValue;
    public int Offset { get; init; }
}
