using System.Text.RegularExpressions;

namespace Faultline.Core.Coding;

/// <summary>
/// The deaths a violent event caused, where its sentence gives them: "killing eight people", "killed 54 people",
/// "left 141 dead", "141 people were killed".
/// </summary>
internal sealed partial class FatalityReader
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["dozen"] = 12,
    };

    /// <summary>The deaths the sentence reports and the character offset (within the sentence) where it says so.</summary>
    public (int Deaths, int At)? Read(SentenceView s)
    {
        var m = KilledN().Match(s.Text);
        if (!m.Success) m = NKilled().Match(s.Text);
        if (!m.Success) return null;
        var n = m.Groups["n"].Value.Replace(",", "");
        int? value = int.TryParse(n, out var v) ? v : Small.TryGetValue(n, out var w) ? w : null;
        return value is { } deaths ? (deaths, m.Index) : null;
    }

    [GeneratedRegex(@"\b(?:kill(?:ed|ing|s)?|left|leaving|claim(?:ed|ing)? the lives of)\s+(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?(?<n>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b(?!\s*(?:per|percent|%))", RegexOptions.IgnoreCase)]
    private static partial Regex KilledN();

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:\w+\s+){0,2}(?:were\s+|was\s+)?(?:killed|dead|died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NKilled();
}
