using System.Text;
using Faultline.Core.Analysis;
using Faultline.Core.Input;

namespace Faultline.Tests.Cleaning;

public sealed class HtmlCleanerTests
{
    private static readonly Analyzer Analyzer = new(HtmlPages.KnowledgeBase);

    private static Faultline.Core.Documents.Document Analyze(string html, string id = "page") =>
        Analyzer.Analyze(DocumentReader.FromBytes(Encoding.UTF8.GetBytes(html), id, id + ".html"));

    [Fact]
    public void APageWithNoArticleTextIsReportedAsSuch()
    {
        var e = Assert.Throws<InputException>(() => Analyze(HtmlPages.Case("no-article.html")));
        Assert.Equal("no article text found", e.Reason);
    }

    [Fact]
    public void BylineBlockGivesTheAuthorAndLeavesTheText()
    {
        var body = $"<article><p class=\"byline\">By Maria Lopez</p><p>{HtmlPages.Prose(1)}</p><p>{HtmlPages.Prose(2)}</p><p>{HtmlPages.Prose(3)}</p></article>";
        var doc = Analyze(HtmlPages.Page("<title>Army retakes the bridge near the river</title>", body));
        Assert.Equal("Maria Lopez", doc.Metadata.Author);
        Assert.DoesNotContain("Maria Lopez", doc.Text);
    }

    [Fact]
    public void ArticleTextIsSegmentedIntoParagraphsAndSentences()
    {
        var doc = Analyze(HtmlPages.Case("news-article.html"));
        Assert.Equal("Ceasefire talks resume in Doha after week-long pause", doc.Metadata.Title);
        Assert.True(doc.Paragraphs.Count >= 5);
        Assert.StartsWith("Negotiators from both sides", doc.SentenceText(0));
    }
}
