namespace Faultline.Tests.Cleaning;

public sealed class HtmlArticleExtractorTests
{
    private static readonly string NewsText = HtmlPages.Extract(HtmlPages.Case("news-article.html")).Text;

    [Fact]
    public void ArticleParagraphsAndSubheadingsAreKept()
    {
        Assert.Contains("Negotiators from both sides returned to Doha on Tuesday", NewsText);
        Assert.Contains("Humanitarian access", NewsText);
        Assert.Contains("The talks are expected to continue until at least Thursday", NewsText);
    }

    [Theory]
    [InlineData("RELATED-LINK-TEXT")]
    [InlineData("COMMENT-TEXT")]
    [InlineData("SIDEBAR-TEXT")]
    [InlineData("FOOTER-TEXT")]
    [InlineData("World")]
    [InlineData("Share on Facebook")]
    public void NavigationCommentsRelatedLinksAndFooterAreDropped(string furniture) =>
        Assert.DoesNotContain(furniture, NewsText);

    [Theory]
    [InlineData("HIDDEN-ATTRIBUTE-TEXT")]
    [InlineData("DISPLAY-NONE-TEXT")]
    [InlineData("ARIA-HIDDEN-TEXT")]
    [InlineData("VISIBILITY-HIDDEN-TEXT")]
    public void HiddenNodesAreDropped(string hidden) => Assert.DoesNotContain(hidden, NewsText);

    [Theory]
    [InlineData("SCRIPT-TEXT-MUST-NOT-APPEAR")]
    [InlineData("STYLE-TEXT-MUST-NOT-APPEAR")]
    [InlineData("INLINE-SCRIPT-TEXT")]
    public void ScriptAndStyleContentIsNeverText(string code) => Assert.DoesNotContain(code, NewsText);

    [Fact]
    public void BlocksAreSeparatedByBlankLinesWithWhitespaceCollapsed()
    {
        var html = HtmlPages.Page("", $"<article><p>  {HtmlPages.Prose(1)}\n\n   </p><h2>A   subheading\n here</h2><ul><li>{HtmlPages.Prose(2)}</li></ul><p>{HtmlPages.Prose(3)}</p></article>");
        var text = HtmlPages.Extract(html).Text;
        Assert.Equal(string.Join("\n\n", HtmlPages.Prose(1), "A subheading here", HtmlPages.Prose(2), HtmlPages.Prose(3)), text);
    }

    [Fact]
    public void InlineMarkupDoesNotSplitAParagraph()
    {
        var html = HtmlPages.Page("", $"<article><p>The <b>army</b> said <a href=\"/x\">in a statement</a> that {HtmlPages.Prose(1)}</p><p>{HtmlPages.Prose(2)}</p><p>{HtmlPages.Prose(3)}</p></article>");
        Assert.StartsWith("The army said in a statement that Paragraph 1", HtmlPages.Extract(html).Text);
    }

    [Fact]
    public void TextSeparatedByDoubleLineBreaksBecomesParagraphs()
    {
        var html = HtmlPages.Page("", $"<div class=\"entry\">{HtmlPages.Prose(1)}<br><br>{HtmlPages.Prose(2)}<br><br>{HtmlPages.Prose(3)}</div>");
        var paragraphs = HtmlPages.Extract(html).Text.Split("\n\n");
        Assert.Equal([HtmlPages.Prose(1), HtmlPages.Prose(2), HtmlPages.Prose(3)], paragraphs);
    }

    [Fact]
    public void ThePrimaryHeadingRepeatingTheTitleIsNotPartOfTheText()
    {
        Assert.DoesNotContain("Ceasefire talks resume in Doha", NewsText);
    }

    [Fact]
    public void APageWithoutArticleTextYieldsEmptyText()
    {
        Assert.Equal("", HtmlPages.Extract(HtmlPages.Case("no-article.html")).Text);
    }

    [Fact]
    public void AnEmptyPageYieldsEmptyTextAndNoMetadata()
    {
        var article = HtmlPages.Extract("");
        Assert.Equal("", article.Text);
        Assert.Null(article.Title);
        Assert.Null(article.Author);
    }
}
