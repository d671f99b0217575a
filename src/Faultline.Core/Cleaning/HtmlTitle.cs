using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// The article's title from the page's &lt;title&gt;, without the site name sites add to it
/// ("Headline - Site", "Site | Section | Headline", "Site: Headline").
/// </summary>
internal static partial class HtmlTitle
{
    private const int MinWords = 3;

    public static string? FromDocumentTitle(IDocument page)
    {
        var original = Collapse(page.QuerySelector("title")?.TextContent ?? "");
        if (original.Length == 0) return null;
        var title = original;
        bool hierarchical = false;
        if (Separator().IsMatch(title))
        {
            // "A / B / C" and "A » B" are breadcrumbs: the article is the last or first part.
            hierarchical = HierarchicalSeparator().IsMatch(title);
            // Drop the last part (the site name), or if too little is left, the first part.
            title = original[..LastSeparatorBeforeSpace(original)];
            if (Words(title) < MinWords)
                title = original[(original.IndexOfAny(SeparatorSet) + 1)..];
        }
        else if (title.Contains(": "))
        {
            // "Site: Headline" unless a heading shows the colon belongs to the headline.
            if (!page.QuerySelectorAll("h1,h2").Any(h => h.TextContent.Trim() == title))
            {
                title = original[(original.LastIndexOf(':') + 1)..];
                if (Words(title) < MinWords) title = original[(original.IndexOf(':') + 1)..];
                else if (Words(original[..original.IndexOf(':')]) > 5) title = original;
            }
        }
        else if (title.Length is > 150 or < 15)
        {
            var h1s = page.QuerySelectorAll("h1");
            if (h1s.Length == 1) title = HtmlDom.Text(h1s[0]);
        }
        title = Collapse(title);
        // Too short to be the headline: keep the whole title, unless it merely dropped one breadcrumb part.
        int words = Words(title);
        if (words <= 4 && (!hierarchical || words != Words(SeparatorChars().Replace(original, "")) - 1))
            title = original;
        return title;
    }

    private static readonly char[] SeparatorSet = ['|', '-', '\u2013', '\u2014', '\\', '/', '>', '\u00BB'];

    private static int LastSeparatorBeforeSpace(string s)
    {
        for (int i = s.Length - 2; i >= 0; i--)
            if (s[i + 1] == ' ' && SeparatorSet.Contains(s[i])) return i;
        return s.Length;
    }

    /// <summary>Whitespace-separated pieces, untrimmed: a leftover edge space counts as a (short) word, which keeps
    /// "Headline - Site" cut to "Headline " rather than trying the other side of the separator.</summary>
    private static int Words(string s) => Spaces().Split(s).Length;

    private static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@" [\|\-\u2013\u2014\\/>\u00BB] ")]
    private static partial Regex Separator();

    [GeneratedRegex(@" [\\/>\u00BB] ")]
    private static partial Regex HierarchicalSeparator();

    [GeneratedRegex(@"[\|\-\u2013\u2014\\/>\u00BB]+")]
    private static partial Regex SeparatorChars();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
