using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Faultline.Core.Documents;
using Faultline.Core.Temporal;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Finds the article in an HTML page, after the idea of Mozilla's Readability: score the blocks of prose by length,
/// commas and links into their containers, take the best container with its article-like siblings, clean out what
/// is not prose, and read the title, author, outlet and date the page declares.
/// </summary>
public sealed class HtmlArticleExtractor(HtmlHints hints, DateParser dates)
{
    /// <summary>An attempt yielding less text than this has probably thrown the article away; try with fewer rules.</summary>
    private const int MinArticleLength = 500;

    /// <summary>Each pass drops one more heuristic than the one before.</summary>
    private static readonly HtmlPass[] Passes =
    [
        HtmlPass.All,
        HtmlPass.WeightClasses | HtmlPass.CleanConditionally,
        HtmlPass.CleanConditionally,
        HtmlPass.None,
    ];

    private static readonly HtmlParser Parser = new();

    public HtmlArticle Extract(string html)
    {
        var page = Parser.ParseDocument(html);
        // Metadata first: JSON-LD lives in the scripts that preparing the page removes.
        var metadata = HtmlMetadataReader.Read(page);
        Attempt? longest = null;
        foreach (var pass in Passes)
        {
            // Each attempt changes the tree it works on, so every attempt after the first starts from a fresh parse.
            var attempt = Find(page ?? Parser.ParseDocument(html), pass, metadata.Title);
            page = null;
            if (attempt.Length >= MinArticleLength)
            {
                longest = attempt;
                break;
            }
            if (longest is null || attempt.Length > longest.Length) longest = attempt;
        }
        var article = longest!;
        var text = HtmlTextWriter.Write(article.Content);
        return new HtmlArticle(
            text,
            metadata.Title,
            metadata.Author,
            metadata.Outlet,
            metadata.Published ?? DatelineDate(article.Dateline) ?? ArticleDate(article.Content))
        {
            // The metadata reader takes the author (and a date) from the byline, as it does for plain text.
            MetaLines = article.Byline is { } byline ? [new MetaLine("byline", byline)] : [],
        };
    }

    private Attempt Find(IDocument page, HtmlPass pass, string? title)
    {
        HtmlPagePreparer.Prepare(page);
        var scores = new HtmlScores(hints, pass);
        var collector = new HtmlBlockCollector(scores);
        var blocks = collector.Collect(page, title);
        var content = new HtmlCandidatePicker(scores).Pick(page, blocks);
        new HtmlArticleTidier(scores).Tidy(content);
        return new Attempt(content, HtmlDom.TextLength(content), collector.Byline, collector.Dateline);
    }

    private PublishedDate? DatelineDate((string Text, string? DateTime)? dateline)
    {
        if (dateline is not { } d) return null;
        var date = HtmlDates.ToIso(d.DateTime) ?? dates.First(d.Text)?.ToString();
        return date is null ? null : new PublishedDate(date, "dateline");
    }

    /// <summary>A &lt;time datetime&gt; inside the article dates it when the page declares no date.</summary>
    private static PublishedDate? ArticleDate(IElement content) =>
        content.QuerySelectorAll("time[datetime]").Select(t => HtmlDates.ToIso(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null) is { } date
            ? new PublishedDate(date, "byline")
            : null;

    private sealed record Attempt(IElement Content, int Length, string? Byline, (string Text, string? DateTime)? Dateline);
}
