using Faultline.Core.Documents;

namespace Faultline.Core.Cleaning;

/// <summary>What an HTML page yields: the article's text (paragraphs separated by blank lines) and the metadata the page declares.</summary>
public sealed record HtmlArticle(string Text, string? Title, string? Author, string? Outlet, PublishedDate? Published)
{
    /// <summary>Lines about the article found in the page (the byline), for the metadata reader.</summary>
    public IReadOnlyList<MetaLine> MetaLines { get; init; } = [];
}
