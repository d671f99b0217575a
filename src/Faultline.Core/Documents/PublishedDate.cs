namespace Faultline.Core.Documents;

/// <summary>When the article was published, as an ISO 8601 prefix, and where that came from.</summary>
/// <remarks>Basis values follow the document format: byline, dateline, update, meta, inferred.</remarks>
public sealed record PublishedDate(string? Date, string Basis);
