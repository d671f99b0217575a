namespace Faultline.Core.Documents;

/// <summary>One sentence of the cleaned text, with the index of its paragraph and its first and last token.</summary>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph)
{
    public int FirstToken { get; init; }
    public int TokenCount { get; init; }
}
