using Faultline.Core.Documents;

namespace Faultline.Core.Cleaning;

/// <summary>What a page declares about its article, before the article itself is found.</summary>
internal sealed record HtmlPageMetadata(string? Title, string? Author, string? Outlet, PublishedDate? Published);
