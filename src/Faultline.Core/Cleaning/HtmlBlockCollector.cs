using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// First walk over the page in one attempt: drops furniture (unlikely names and roles, empty blocks, the byline and
/// the heading that repeats the title), turns text-only divs into paragraphs, and lists the blocks to score.
/// </summary>
internal sealed class HtmlBlockCollector(HtmlScores scores)
{
    private static readonly HashSet<string> ScoredTags = ["SECTION", "H2", "H3", "H4", "H5", "H6", "P", "TD", "PRE"];
    private static readonly HashSet<string> DroppedWhenEmpty = ["DIV", "SECTION", "HEADER", "H1", "H2", "H3", "H4", "H5", "H6"];

    /// <summary>Longest text taken as a byline: longer blocks named "author" are author boxes or bios.</summary>
    private const int MaxBylineLength = 100;

    /// <summary>The byline found on the page, if any: the first short block whose name or rel says author.</summary>
    public string? Byline { get; private set; }

    /// <summary>The first short block named dateline: its text, and the machine date of a &lt;time&gt; in it.</summary>
    public (string Text, string? DateTime)? Dateline { get; private set; }

    public List<IElement> Collect(IDocument page, string? title)
    {
        bool strip = scores.Pass.HasFlag(HtmlPass.StripUnlikely);
        bool titleHeadingSeen = false;
        var toScore = new List<IElement>();
        var node = page.DocumentElement is { } root ? HtmlDom.Next(root) : null;
        while (node is not null)
        {
            var hint = HtmlHints.HintString(node);
            if (node.GetAttribute("aria-modal") == "true" && node.GetAttribute("role") == "dialog"
                || TakeByline(node, hint)
                || TakeDateline(node, hint)
                || !titleHeadingSeen && (titleHeadingSeen = RepeatsTitle(node, title))
                || scores.Hints.IsFurnitureTag(node.LocalName)
                || strip && IsFurniture(node, hint)
                || DroppedWhenEmpty.Contains(node.TagName) && IsEmpty(node))
            {
                node = HtmlDom.RemoveAndNext(node);
                continue;
            }
            if (ScoredTags.Contains(node.TagName)) toScore.Add(node);
            if (node.TagName == "DIV")
            {
                WrapInlineRuns(node);
                if (SingleParagraph(node) is { } p && HtmlDom.LinkDensity(node) < 0.25)
                {
                    node.Parent!.ReplaceChild(p, node);
                    node = p;
                    toScore.Add(node);
                }
                else if (!HtmlDom.HasBlockChild(node))
                {
                    node = HtmlDom.Retag(node, "p");
                    toScore.Add(node);
                }
            }
            node = HtmlDom.Next(node);
        }
        return toScore;
    }

    private bool IsFurniture(IElement node, string hint)
    {
        if (scores.Hints.IsUnlikelyRole(node.GetAttribute("role"))) return true;
        return scores.Hints.IsUnlikely(hint)
            && node.TagName is not ("BODY" or "A")
            && !HtmlDom.HasAncestor(node, "TABLE") && !HtmlDom.HasAncestor(node, "CODE");
    }

    /// <summary>Records the first byline and says whether <paramref name="node"/> is it.</summary>
    private bool TakeByline(IElement node, string hint)
    {
        if (Byline is not null) return false;
        bool named = node.GetAttribute("rel") == "author"
            || (node.GetAttribute("itemprop") ?? "").Contains("author", StringComparison.Ordinal)
            || scores.Hints.IsByline(hint);
        if (!named) return false;
        var text = HtmlDom.Text(node);
        if (text.Length is 0 or >= MaxBylineLength) return false;
        // A name marked up inside the byline is better than the whole line ("By X, staff writer").
        var name = node.QuerySelector("[itemprop~=name]") is { } n && HtmlDom.Text(n) is { Length: > 0 } t ? t : text;
        Byline = name;
        return true;
    }

    /// <summary>Records the first dateline and says whether <paramref name="node"/> is it.</summary>
    private bool TakeDateline(IElement node, string hint)
    {
        if (Dateline is not null || !scores.Hints.IsDateline(hint)) return false;
        var text = HtmlDom.Text(node);
        if (text.Length is 0 or >= MaxBylineLength) return false;
        Dateline = (text, node.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return true;
    }

    private static bool RepeatsTitle(IElement node, string? title) =>
        node.TagName is "H1" or "H2" && !string.IsNullOrEmpty(title)
        && HtmlTextSimilarity.Of(title, HtmlDom.Text(node)) > 0.75;

    private static bool IsEmpty(IElement e) =>
        string.IsNullOrWhiteSpace(e.TextContent)
        && e.Children.All(c => c.TagName is "BR" or "HR");

    /// <summary>Runs of inline content directly inside a div become paragraphs of their own.</summary>
    private static void WrapInlineRuns(IElement div)
    {
        IElement? p = null;
        for (var child = div.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            if (HtmlDom.IsPhrasing(child))
            {
                if (p is not null) p.AppendChild(child);
                else if (!HtmlDom.IsWhitespace(child))
                {
                    p = div.Owner!.CreateElement("p");
                    div.ReplaceChild(p, child);
                    p.AppendChild(child);
                }
            }
            else if (p is not null)
            {
                while (p.LastChild is { } last && HtmlDom.IsWhitespace(last)) last.RemoveFromParent();
                p = null;
            }
            child = next;
        }
        while (p?.LastChild is { } tail && HtmlDom.IsWhitespace(tail)) tail.RemoveFromParent();
    }

    private static IElement? SingleParagraph(IElement div) =>
        div.Children.Length == 1 && div.Children[0].TagName == "P"
        && div.ChildNodes.All(c => c.NodeType != NodeType.Text || string.IsNullOrWhiteSpace(c.TextContent))
            ? div.Children[0]
            : null;
}
