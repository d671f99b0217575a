using Faultline.Core.Documents;

namespace Faultline.Core.Cleaning;

/// <summary>What an HTML page yields: the article's text (paragraphs separated by blank lines) and its metadata.</summary>
public sealed record HtmlArticle(string Text, string? Title, string? Author, string? Outlet, PublishedDate? Published);
