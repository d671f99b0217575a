using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Faultline.Tests.Cleaning;

/// <summary>
/// The measure of shared/tools/score_html.py: word counts of the text (lower case, NFKC, \w+ words), F1 of their
/// overlap, and titles compared word for word. The expected side is every text node of expected.html.
/// </summary>
internal static partial class BagOfWords
{
    public static Dictionary<string, int> Of(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(WebUtility.HtmlDecode(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant()))
            counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
        return counts;
    }

    public static string HtmlText(string html)
    {
        var texts = new HtmlParser().ParseDocument(html).Body!.Descendants().Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent);
        return string.Join(" ", texts);
    }

    public static double F1(Dictionary<string, int> gold, Dictionary<string, int> got)
    {
        int overlap = gold.Sum(g => Math.Min(g.Value, got.GetValueOrDefault(g.Key)));
        int total = gold.Values.Sum() + got.Values.Sum();
        return overlap == 0 ? 0 : 2.0 * overlap / total;
    }

    public static string Normalize(string? s) =>
        string.Join(' ', Word().Matches((s ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
