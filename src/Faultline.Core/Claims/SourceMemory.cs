namespace Faultline.Core.Claims;

/// <summary>What the source finder remembers across the sentences of one document.</summary>
public sealed class SourceMemory
{
    /// <summary>The last source introduced as the author of a document ("a report by ..."), for "the report said".</summary>
    public string? LastDocumentSource { get; set; }
}
