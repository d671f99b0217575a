using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Cleans the chosen article container: drops forms, asides, footers, share buttons and blocks that look like
/// link lists, galleries or ads rather than prose, and headings whose names say furniture.
/// </summary>
internal sealed class HtmlArticleTidier(HtmlScores scores)
{
    /// <summary>Longest share block dropped: longer ones hold article text despite their name.</summary>
    private const int MaxShareLength = 500;
    private static readonly string[] Headings = ["H1", "H2", "H3", "H4", "H5", "H6"];
    private static readonly string[] Textish = ["SPAN", "LI", "TD", "BLOCKQUOTE", "DL", "DIV", "IMG", "OL", "P", "PRE", "TABLE", "UL"];

    public void Tidy(IElement article)
    {
        var tables = new HtmlDataTables(article);
        CleanConditionally(article, "form", tables);
        CleanConditionally(article, "fieldset", tables);
        RemoveAll(article, "object,embed,footer,link,aside");
        foreach (var child in article.Children.ToList())
            foreach (var e in child.QuerySelectorAll("*").ToList())
                if (scores.Hints.IsShare(HtmlHints.HintString(e)) && e.TextContent.Length < MaxShareLength) e.Remove();
        RemoveAll(article, "iframe,input,textarea,select,button");
        foreach (var h in article.QuerySelectorAll("h1,h2").ToList())
            if (scores.ClassWeight(h) < 0) h.Remove();
        CleanConditionally(article, "table", tables);
        CleanConditionally(article, "ul", tables);
        CleanConditionally(article, "div", tables);
        foreach (var p in article.QuerySelectorAll("p").ToList())
            if (p.QuerySelector("img,embed,object,iframe") is null && string.IsNullOrWhiteSpace(p.TextContent)) p.Remove();
    }

    private static void RemoveAll(IElement root, string selector)
    {
        foreach (var e in root.QuerySelectorAll(selector).ToList()) e.Remove();
    }

    /// <summary>Inner blocks first, so that an outer block is judged on what is left of it.</summary>
    private void CleanConditionally(IElement root, string tag, HtmlDataTables tables)
    {
        if (!scores.Pass.HasFlag(HtmlPass.CleanConditionally)) return;
        foreach (var e in root.QuerySelectorAll(tag).Reverse().ToList())
            if (e.ParentElement is not null && IsClutter(e, tables)) e.Remove();
    }

    private bool IsClutter(IElement e, HtmlDataTables tables)
    {
        if (e.TagName == "TABLE" && tables.Contains(e)) return false;
        if (HtmlDom.HasAncestor(e, "TABLE", filter: tables.Contains) || HtmlDom.HasAncestor(e, "CODE")) return false;
        if (e.QuerySelectorAll("table").Any(tables.Contains)) return false;
        int weight = scores.ClassWeight(e);
        if (weight < 0) return true;
        var text = HtmlDom.Text(e);
        // Blocks with many commas are prose whatever else they hold.
        if (text.Count(c => c == ',') >= 10) return false;
        bool isList = e.TagName is "UL" or "OL" || text.Length > 0 && (double)e.QuerySelectorAll("ul,ol").Sum(HtmlDom.TextLength) / text.Length > 0.9;
        int p = e.QuerySelectorAll("p").Length;
        int img = e.QuerySelectorAll("img").Length;
        int li = e.QuerySelectorAll("li").Length - 100;
        int input = e.QuerySelectorAll("input").Length;
        int embeds = e.QuerySelectorAll("object,embed,iframe").Length;
        if (scores.Hints.IsPlaceholder(text)) return true;
        double headingDensity = Density(e, text.Length, Headings);
        double links = HtmlDom.LinkDensity(e);
        double textDensity = Density(e, text.Length, Textish);
        bool inFigure = HtmlDom.HasAncestor(e, "FIGURE");
        bool clutter =
            !inFigure && img > 1 && (double)p / img < 0.5
            || !isList && li > p
            || input > p / 3
            || !isList && !inFigure && headingDensity < 0.9 && text.Length < 25 && (img == 0 || img > 2) && links > 0
            || !isList && weight < 25 && links > 0.2
            || weight >= 25 && links > 0.5
            || embeds == 1 && text.Length < 75 || embeds > 1
            || img == 0 && textDensity == 0;
        // A list of images, one per item, is a gallery worth keeping.
        if (isList && clutter && e.Children.All(c => c.Children.Length <= 1) && img == e.QuerySelectorAll("li").Length)
            return false;
        return clutter;
    }

    private static double Density(IElement e, int length, string[] tags)
    {
        if (length == 0) return 0;
        return (double)e.QuerySelectorAll(string.Join(",", tags)).Sum(HtmlDom.TextLength) / length;
    }
}
