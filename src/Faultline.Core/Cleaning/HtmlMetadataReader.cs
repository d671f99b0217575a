using AngleSharp.Dom;
using Faultline.Core.Documents;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Title, author, outlet and publication date from what the page declares about itself: JSON-LD first (it is
/// written for machines), then Dublin Core, Open Graph, Twitter and Parse.ly meta tags, then the page itself.
/// </summary>
internal static class HtmlMetadataReader
{
    /// <summary>JSON-LD headline and name agree with the document title when this much of their wording matches.</summary>
    private const double SameTitle = 0.75;

    public static HtmlPageMetadata Read(IDocument page)
    {
        var meta = new HtmlMetaTags(page);
        var jsonLd = HtmlJsonLd.Read(page);
        var documentTitle = HtmlTitle.FromDocumentTitle(page);
        var title = JsonLdTitle(jsonLd, documentTitle)
            ?? meta.First("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title")
            ?? documentTitle;
        var articleAuthor = meta["article:author"];
        var author = jsonLd?.Author
            ?? meta.First("dc:creator", "dcterm:creator", "author", "parsely-author")
            // article:author is often the author's profile URL, which names no one.
            ?? (articleAuthor is not null && !Uri.IsWellFormedUriString(articleAuthor, UriKind.Absolute) ? articleAuthor : null);
        var outlet = jsonLd?.Publisher ?? meta["og:site_name"];
        var date = HtmlDates.ToIso(jsonLd?.DatePublished)
            ?? HtmlDates.ToIso(meta.First("article:published_time", "parsely-pub-date", "date", "pubdate", "publishdate", "publish-date", "dc:date", "itemprop:datePublished"));
        return new HtmlPageMetadata(Collapse(title), Collapse(author), Collapse(outlet), date is null ? null : new PublishedDate(date, "meta"));
    }

    private static string? JsonLdTitle(HtmlJsonLd? jsonLd, string? documentTitle)
    {
        if (jsonLd is null) return null;
        if (jsonLd is { Name: { } name, Headline: { } headline } && name != headline && documentTitle is not null)
        {
            bool nameMatches = HtmlTextSimilarity.Of(name, documentTitle) > SameTitle;
            bool headlineMatches = HtmlTextSimilarity.Of(headline, documentTitle) > SameTitle;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return jsonLd.Name ?? jsonLd.Headline;
    }

    private static string? Collapse(string? s) =>
        s is null ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } t ? t : null;
}
