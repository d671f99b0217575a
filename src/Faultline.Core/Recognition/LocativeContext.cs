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
        if (match.End < tokens.Count && tokens[match.End].Norm == "based" && !tokens[match.End - 1].Possessive) return true;
        return IsDateline(tokens, match);
    }

    /// <summary>"PESHAWAR: ...", "Islamabad, Pakistan – ...": a place opening a sentence, then a colon or a dash soon after.</summary>
    private static bool IsDateline(IReadOnlyList<NormalizedToken> tokens, TrieMatch match)
    {
        if (!tokens[match.Start].SentenceStart) return false;
        for (int k = match.End; k < tokens.Count && k < match.End + 5 && tokens[k].Sentence == tokens[match.Start].Sentence; k++)
        {
            if (tokens[k].Norm is ":" or "-" or "–" or "—") return true;
            if (tokens[k].Norm != "," && !tokens[k].Capitalised && !char.IsDigit(tokens[k].Norm[0])) return false;
        }
        return false;
    }
}
