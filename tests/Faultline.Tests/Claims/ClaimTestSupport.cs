using Faultline.Core.Analysis;
using Faultline.Core.Claims;
using Faultline.Core.Documents;
using Faultline.Core.Segmentation;

namespace Faultline.Tests.Claims;

/// <summary>Builds the claim stage over the shipped knowledge base and runs it on a bare text.</summary>
internal static class ClaimTestSupport
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => KnowledgeBase.Load());

    public static KnowledgeBase Knowledge => Kb.Value;

    public static NumberReader Reader =>
        new(Knowledge.Claims.Numbers, Knowledge.Claims.Qualifiers, Knowledge.Claims.Units);

    /// <summary>Segments <paramref name="text"/> and extracts its claims, with <paramref name="published"/> as the publication date.</summary>
    public static List<Claim> Extract(string text, string? published = null)
    {
        var document = new Document("case", text, SourceFormat.Text) { Text = text };
        if (published is not null) document.Metadata.Published = new PublishedDate(published, "byline");
        new Segmenter(Knowledge.Abbreviations).Process(document);
        new ClaimExtractor(Knowledge.Claims).Process(document);
        return document.Claims;
    }
}
