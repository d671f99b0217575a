using Faultline.Core.Documents;
using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>What the claim extractor carries from one sentence of a document to the next.</summary>
public sealed class DocumentContext(PartialDate? published)
{
    public PartialDate? Published { get; } = published;

    public SourceMemory Sources { get; } = new();

    /// <summary>The last claim found, and the paragraph of its sentence.</summary>
    public Claim? Previous { get; set; }
    public int PreviousParagraph { get; set; } = -1;

    /// <summary>The last date the text gave as a period, and the paragraph it was in.</summary>
    public PartialDate? LastDate { get; set; }
    public int LastDateParagraph { get; set; } = -1;

    /// <summary>
    /// The year a bare month or "the year" belongs to, when its sentence gives none: the last date of the same
    /// paragraph, else the figure before in the same paragraph; else null, and the publication date decides;
    /// with no publication date, the last date or figure of the text before.
    /// </summary>
    public PartialDate? YearContext(int paragraph) =>
        LastDateParagraph == paragraph && LastDate is not null ? LastDate
        : PreviousParagraph == paragraph && PartialDate.TryParseIso(Previous?.Period) is { } p ? p
        : Published is null ? LastDate ?? PartialDate.TryParseIso(Previous?.Period)
        : null;
}
