namespace Faultline.Core.Documents;

/// <summary>A distinct political actor of one document, with every mention of it.</summary>
public sealed record DocumentActor(string Id, string? Country, string? Group, string Name)
{
    public List<TextSpan> Mentions { get; init; } = [];
}
