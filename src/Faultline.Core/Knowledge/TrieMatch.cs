namespace Faultline.Core.Knowledge;

/// <summary>
/// A name found in the text: normalised tokens [Start, End), the meanings its entry has, and whether one token
/// was matched with a typo (edit distance 1).
/// </summary>
public sealed record TrieMatch(int Start, int End, IReadOnlyList<NameTarget> Targets, bool Fuzzy)
{
    public int Length => End - Start;
}
