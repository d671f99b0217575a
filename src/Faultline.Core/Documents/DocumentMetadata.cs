namespace Faultline.Core.Documents;

/// <summary>What the page or text says about the article itself.</summary>
public sealed class DocumentMetadata
{
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Author { get; set; }
    public PublishedDate? Published { get; set; }
}
