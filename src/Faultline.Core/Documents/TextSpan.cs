namespace Faultline.Core.Documents;

/// <summary>A half-open range [Start, End) of character offsets into a document's cleaned text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Of(string text) => text.Substring(Start, Length);
}
