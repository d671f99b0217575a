using System.Text.RegularExpressions;
using Faultline.Core.Claims;

namespace Faultline.Core.Coding;

/// <summary>
/// The deaths a violent event caused, where its sentence gives them: "killing eight people", "killed 54 people",
/// "left 141 dead", "141 people were killed". Number words come from the claims' lexicon (data/lexicons/numbers.tsv).
/// </summary>
internal sealed partial class FatalityReader(NumberWords numbers)
{
    /// <summary>Each count of deaths the sentence reports and the character offset (within the sentence) where it says so, in text order.</summary>
    public List<(int Deaths, int At)> ReadAll(SentenceView s)
    {
        var found = new List<(int Deaths, int At)>();
        foreach (var pattern in new[] { KilledN(), NKilled() })
            foreach (Match m in pattern.Matches(s.Text))
                // One phrase read by both patterns ("killed 12 ... 12 were killed") counts once.
                if (Value(m.Groups["n"].Value) is { } deaths && !found.Any(f => Math.Abs(f.At - m.Index) < 30 && f.Deaths == deaths)) found.Add((deaths, m.Index));
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;
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

    // (A day after its month is no count: "On October 10 gunmen shot dead a driver".)
    [GeneratedRegex(@"(?<!\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s)\b(?<n>\d{1,3}(?:,\d{3})*|[a-z]+)\s+(?:\w+\s+){0,2}(?:\w+,\s+(?:including|among them)\s[^,]{3,60},\s+)?(?:were\s+|was\s+)?(?:killed|dead|died|martyred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NKilled();
}
