using System.Text.RegularExpressions;

namespace Faultline.Core.Cleaning;

/// <summary>How much of one text's wording another covers: 1 when every word of <c>b</c> occurs in <c>a</c>.</summary>
internal static partial class HtmlTextSimilarity
{
    public static double Of(string a, string b)
    {
        var wordsA = Words(a).ToHashSet();
        var wordsB = Words(b).ToList();
        if (wordsA.Count == 0 || wordsB.Count == 0) return 0;
        var unmatched = wordsB.Where(w => !wordsA.Contains(w)).ToList();
        // Measured in characters, so that a missing long word weighs more than a missing "a".
        double distance = (double)string.Join(' ', unmatched).Length / string.Join(' ', wordsB).Length;
        return 1 - distance;
    }

    private static IEnumerable<string> Words(string s) =>
        NonWord().Split(s.ToLowerInvariant()).Where(w => w.Length > 0);

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();
}
