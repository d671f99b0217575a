namespace Faultline.Tests.Cleaning;

public sealed class HtmlMetadataTests
{
    private static readonly string Body =
        $"<article><p>{HtmlPages.Prose(1)}</p><p>{HtmlPages.Prose(2)}</p><p>{HtmlPages.Prose(3)}</p><p>{HtmlPages.Prose(4)}</p></article>";

    [Fact]
    public void OpenGraphAndArticleMetaTagsAreRead()
    {
        var article = HtmlPages.Extract(HtmlPages.Case("news-article.html"));
        Assert.Equal("Ceasefire talks resume in Doha after week-long pause", article.Title);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal("Amina Yusuf", article.Author);
        Assert.Equal("2024-03-05", article.Published?.Date);
        Assert.Equal("meta", article.Published?.Basis);
    }

    [Fact]
    public void JsonLdArticleIsRead()
    {
        const string jsonLd = """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Shelling hits market in the north",
             "author": [{"@type": "Person", "name": "Omar Haddad"}, {"@type": "Person", "name": "Lena Fischer"}],
             "publisher": {"@type": "Organization", "name": "Daily Wire Service"}, "datePublished": "2023-11-02T14:00:00Z"}
            </script>
            """;
        var article = HtmlPages.Extract(HtmlPages.Page("<title>Something else entirely | Daily Wire Service</title>" + jsonLd, Body));
        Assert.Equal("Shelling hits market in the north", article.Title);
        Assert.Equal("Omar Haddad, Lena Fischer", article.Author);
        Assert.Equal("Daily Wire Service", article.Outlet);
        Assert.Equal(new Faultline.Core.Documents.PublishedDate("2023-11-02", "meta"), article.Published);
    }

    [Fact]
    public void JsonLdOfAnotherKindIsIgnored()
    {
        const string jsonLd = """<script type="application/ld+json">{"@type": "WebSite", "name": "Daily Wire Service"}</script>""";
        var article = HtmlPages.Extract(HtmlPages.Page("<title>Shelling hits market in the north</title>" + jsonLd, Body));
        Assert.Equal("Shelling hits market in the north", article.Title);
    }

    [Fact]
    public void BrokenJsonLdFallsBackToMetaTags()
    {
        const string head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Og headline wins here">""";
        Assert.Equal("Og headline wins here", HtmlPages.Extract(HtmlPages.Page(head, Body)).Title);
    }

    [Theory]
    [InlineData("Army retakes the bridge near the river - Example News", "Army retakes the bridge near the river")]
    [InlineData("Army retakes the bridge near the river | Example News", "Army retakes the bridge near the river")]
    [InlineData("Example News: Army retakes the bridge near the river", "Army retakes the bridge near the river")]
    [InlineData("Truce holds - Example News", "Truce holds - Example News")]
    public void DocumentTitleLosesTheSiteNameWhenEnoughWordsRemain(string title, string expected) =>
        Assert.Equal(expected, HtmlPages.Extract(HtmlPages.Page($"<title>{title}</title>", Body)).Title);

    [Fact]
    public void AuthorProfileUrlIsNotAnAuthor()
    {
        const string head = """<title>Army retakes the bridge near the river</title><meta property="article:author" content="https://example.com/people/someone">""";
        Assert.Null(HtmlPages.Extract(HtmlPages.Page(head, Body)).Author);
    }

    [Fact]
    public void TimeElementInTheArticleDatesItWhenNoMetaDateExists()
    {
        var body = $"<article><p>Filed <time datetime=\"2022-06-14T09:00\">14 June</time>.</p><p>{HtmlPages.Prose(1)}</p><p>{HtmlPages.Prose(2)}</p><p>{HtmlPages.Prose(3)}</p></article>";
        var published = HtmlPages.Extract(HtmlPages.Page("<title>Army retakes the bridge near the river</title>", body)).Published;
        Assert.Equal("2022-06-14", published?.Date);
    }

    [Fact]
    public void DatelineBlockGivesTheDateAndLeavesTheText()
    {
        var body = $"<article><div class=\"dateline\">Sunday, 1 February 2015 11:57</div><p>{HtmlPages.Prose(1)}</p><p>{HtmlPages.Prose(2)}</p><p>{HtmlPages.Prose(3)}</p></article>";
        var article = HtmlPages.Extract(HtmlPages.Page("<title>Army retakes the bridge near the river</title>", body));
        Assert.Equal(new Faultline.Core.Documents.PublishedDate("2015-02-01", "dateline"), article.Published);
        Assert.DoesNotContain("2015", article.Text);
    }
}
