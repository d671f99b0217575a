using AngleSharp.Html.Parser;

namespace Faultline.Core.Cleaning;

/// <summary>Finds the article in an HTML page. (First version: the body's text, block by block.)</summary>
public sealed class HtmlArticleExtractor
{
    private static readonly HtmlParser Parser = new();

    public HtmlArticle Extract(string html)
    {
        var page = Parser.ParseDocument(html);
        foreach (var node in page.QuerySelectorAll("script,style,noscript,template").ToList()) node.Remove();
        var blocks = page.QuerySelectorAll("p,h1,h2,h3,li,blockquote")
            .Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0);
        return new HtmlArticle(string.Join("\n\n", blocks), page.Title?.Trim(), null, null, null);
    }
}
