using System.Text.RegularExpressions;
using Faultline.Core.Claims;

namespace Faultline.Core.Coding;

/// <summary>
/// The deaths a violent event caused, where its sentence gives them: "killing eight people", "killed 54 people",
/// "left 141 dead", "141 people were killed". Number words come from the claims' lexicon (data/lexicons/numbers.tsv).
/// </summary>
internal sealed partial class FatalityReader(NumberWords numbers)
{
    /// <summary>The deaths the sentence reports and the character offset (within the sentence) where it says so.</summary>
    public (int Deaths, int At)? Read(SentenceView s)
    {
        foreach (var pattern in new[] { KilledN(), NKilled() })
            foreach (Match m in pattern.Matches(s.Text))
                if (Value(m.Groups["n"].Value) is { } deaths) return (deaths, m.Index);
        return null;
    }

    /// <summary>Digits, or a cardinal word ("eight", "dozen"); pronoun-like and vague words ("one", "hundreds") are no count.</summary>
    private int? Value(string n)
    {
        if (int.TryParse(n.Replace(",", ""), out var v)) return v;
        return numbers.TryGet(n.ToLowerInvariant(), out var value, out var kind) && kind is NumberWordKind.Number or NumberWordKind.Multiplier
            ? (int)value : null;
    }

    [GeneratedRegex(@"\b(?:kill(?:ed|ing|s)?|left|leaving|claim(?:ed|ing)? the lives of)\s+(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?(?<n>\d{1,3}(?:,\d{3})*|[a-z]+)\b(?!\s*(?:per|percent|%))", RegexOptions.IgnoreCase)]
    private static partial Regex KilledN();

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})*|[a-z]+)\s+(?:\w+\s+){0,2}(?:were\s+|was\s+)?(?:killed|dead|died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NKilled();
}
