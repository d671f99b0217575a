using System.Net.Http.Json;
using System.Text.Json;
using Faultline.Tests.Support;
using Microsoft.Playwright;

namespace Faultline.Tests.Web;

/// <summary>The pages in a real browser, over the sample database; each test leaves a screenshot in docs/screenshots.</summary>
[Collection(WebCollection.Name)]
public sealed class PageTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Task<WatchedPage> Open() => browser.Session!.Open(web.Server.Address);

    [BrowserFact]
    public async Task OverviewShowsCountsTrendWithChangePointAndActiveActors()
    {
        var page = await Open();
        await page.Go("/");
        Assert.Equal("6", await page.Page.InnerTextAsync("[data-count=documents] strong"));
        Assert.Equal("PAK", await page.Page.InputValueAsync("#dyad-a"));
        Assert.Equal("TAL", await page.Page.InputValueAsync("#dyad-b"));
        Assert.Contains("change point 2022-q1", (await page.Page.InnerTextAsync("#change-points")).ToLowerInvariant());
        Assert.Contains("PAK", await page.Page.InnerTextAsync("#actors"));
        await page.Screenshot("overview.png");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task EventOnTheTimelineLeadsToItsHighlightedSentence()
    {
        var page = await Open();
        await page.Go("/timeline.html");
        var link = page.Page.Locator("#stories a.sentence-link").First;
        var href = await link.GetAttributeAsync("href");
        Assert.Matches(@"^/doc\.html\?id=zz_border_report#s\d+$", href);
        await link.ClickAsync();
        await page.Page.WaitForSelectorAsync("body[data-ready=true]");
        var anchor = href!.Split('#')[1];
        var sentence = page.Page.Locator($"#{anchor}");
        await Assertions.Expect(sentence).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\btarget\b"));
        await Assertions.Expect(sentence).ToBeInViewportAsync();
        Assert.Contains("ready to meet", await sentence.InnerTextAsync());
        Assert.True(await sentence.Locator(".m-event").CountAsync() > 0, "the event's evidence is highlighted inside its sentence");
        await page.Screenshot("document.png");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task TimelineFiltersByQuadClass()
    {
        var page = await Open();
        await page.Go("/timeline.html");
        Assert.Contains("11 stories", await page.Page.InnerTextAsync("#count"));
        await page.Page.SelectOptionAsync("#f-quad", "4");
        await Assertions.Expect(page.Page.Locator("#count")).ToContainTextAsync("4 stories");
        var badges = await page.Page.Locator("#stories .quad").AllInnerTextsAsync();
        Assert.Equal(4, badges.Count);
        Assert.All(badges, b => Assert.Equal("material conflict", b));
        Assert.Contains("quad=4", page.Page.Url);
        Assert.Equal(4, await page.Page.Locator(".vis-item.quad-4").CountAsync());
        await page.Screenshot("timeline.png");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task NetworkMapClaimsAndSearchPagesDrawTheirData()
    {
        var page = await Open();
        await page.Go("/network.html");
        Assert.Equal(3, await page.Page.EvaluateAsync<int>("window.faultlineNetwork.nodes().length"));
        await page.Screenshot("network.png");

        await page.Go("/map.html");
        Assert.True(await page.Page.Locator("circle.story-dot").CountAsync() >= 7);
        Assert.True(await page.Page.Locator("path.country.framed").CountAsync() == 2);
        await page.Screenshot("map.png");

        await page.Go("/claims.html");
        Assert.Equal(["attacks", "people", "percent"], await page.Page.Locator(".claim-unit h2").AllInnerTextsAsync());
        await page.Screenshot("claims.png");

        await page.Go("/search.html?q=border%20fence");
        Assert.Contains("dismantled the border fence", await page.Page.InnerTextAsync("#results"));
        await page.Screenshot("search.png");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task ArticleContainingAScriptTagStaysText()
    {
        using var folder = new TempFolder();
        const string hostile = "Militants <script>alert(1)</script> attacked a checkpoint near Chaman. <img src=x onerror=alert(2)> Officials said the border stayed closed.";
        folder.Write("articles/hostile.txt", "Hostile markup test\n\n" + hostile + "\n");
        var db = folder.File("hostile.db");
        Assert.Equal(0, Cli.CliRunner.Run("analyze", folder.File("articles"), "--db", db).Exit);
        await using var server = await WebServer.Start(db);
        var page = await browser.Session!.Open(server.Address);

        await page.Go("/doc.html?id=hostile");
        var text = await page.Page.InnerTextAsync("#text");
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("<img src=x onerror=alert(2)>", text);
        Assert.Equal(0, await page.Page.Locator("#text script, #text img").CountAsync());
        await page.Go("/search.html?q=alert");
        Assert.Contains("<script>alert(1)</script>", await page.Page.InnerTextAsync("#results"));
        await page.Go("/");
        await page.Page.WaitForTimeoutAsync(300);
        Assert.Empty(page.Dialogs);
        await page.Screenshot("inert-script.png");
    }
}
