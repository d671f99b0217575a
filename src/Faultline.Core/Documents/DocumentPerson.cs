namespace Faultline.Core.Documents;

/// <summary>A named person of one document under one canonical spelling, with whom they act for.</summary>
public sealed record DocumentPerson(string Id, string Name, string? Country, string? Group, string? Role)
{
    public List<string> Aliases { get; init; } = [];
    public List<TextSpan> Mentions { get; init; } = [];
}
