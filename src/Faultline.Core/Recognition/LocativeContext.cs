using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Whether a capital is named as a place ("in Kabul", "Islamabad-based", "visited Kabul") rather than for its
/// government ("Islamabad warned"): the word before it (past "the") or "-based" after it decides.
/// </summary>
public static class LocativeContext
{
    public static bool IsLocative(IReadOnlyList<NormalizedToken> tokens, TrieMatch match, NameCues cues)
    {
        int before = match.Start - 1;
        if (before >= 0 && tokens[before].Norm == "the") before--;
        if (before >= 0 && tokens[before].Sentence == tokens[match.Start].Sentence && cues.IsLocative(tokens[before].Norm))
            return true;
        return match.End < tokens.Count && tokens[match.End].Norm == "based" && !tokens[match.End - 1].Possessive;
    }
}
