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

    private Task<JsonElement> Api(string path) => web.Server.Client.GetFromJsonAsync<JsonElement>(path);

    [BrowserFact]
    public async Task OverviewShowsCountsTrendWithChangePointAndActiveActors()
    {
        var page = await Open();
        await page.Go("/");
        var counts = await Api("api/counts");
        Assert.Equal(counts.GetProperty("documents").ToString(), await page.Page.InnerTextAsync("[data-count=documents] strong"));
        Assert.Equal(counts.GetProperty("stories").ToString(), await page.Page.InnerTextAsync("[data-count=stories] strong"));
        var top = (await Api("api/dyads?limit=1")).GetProperty("items")[0];
        var (a, b) = (top.GetProperty("a").GetString()!, top.GetProperty("b").GetString()!);
        Assert.Equal(a, await page.Page.InputValueAsync("#dyad-a"));
        Assert.Equal(b, await page.Page.InputValueAsync("#dyad-b"));
        var trend = await Api($"api/dyad?a={a}&b={b}&by=quarter");
        Assert.StartsWith(trend.GetProperty("summary").GetString()!, await page.Page.InnerTextAsync("#trend-summary"));
        Assert.Equal(trend.GetProperty("change_points").GetArrayLength(), await page.Page.Locator("#change-points li").CountAsync());
        var actor = (await Api("api/actors?limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        Assert.Equal(actor, await page.Page.Locator("#actors tbody tr a").First.InnerTextAsync());
        await page.Screenshot("overview.png");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task EventOnTheTimelineLeadsToItsHighlightedSentence()
    {
        var page = await Open();
        await page.Go("/timeline.html");
        var evidence = (await Api("api/timeline?limit=1")).GetProperty("items")[0].GetProperty("evidence")[0];
        var link = page.Page.Locator("#stories a.sentence-link").First;
        var href = await link.GetAttributeAsync("href");
        Assert.Equal($"/doc.html?id={evidence.GetProperty("doc")}#s{evidence.GetProperty("sentence")}", href);
        await link.ClickAsync();
        await page.Page.WaitForSelectorAsync("body[data-ready=true]");
        var anchor = href!.Split('#')[1];
        var sentence = page.Page.Locator($"#{anchor}");
        await Assertions.Expect(sentence).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\btarget\b"));
        await Assertions.Expect(sentence).ToBeInViewportAsync();
        Assert.Equal(evidence.GetProperty("text").GetString()!.Trim(), (await sentence.InnerTextAsync()).Trim());
        Assert.True(await sentence.Locator(".m-event").CountAsync() > 0, "the event's evidence is highlighted inside its sentence");
        await page.Screenshot("document.png");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task TimelineFiltersByQuadClass()
    {
        var page = await Open();
        await page.Go("/timeline.html");
        var all = (await Api("api/timeline")).GetProperty("total").GetInt64();
        Assert.StartsWith($"{all} stories", await page.Page.InnerTextAsync("#count"));
        var conflict = await Api("api/timeline?quad=4&limit=1000");
        var total = conflict.GetProperty("total").GetInt64();
        var dated = conflict.GetProperty("items").EnumerateArray().Count(s => s.GetProperty("story").GetProperty("date").ValueKind == JsonValueKind.String);
        Assert.True(total > 0 && total < all, "the sample data has some, not only, material conflict");
        await page.Page.SelectOptionAsync("#f-quad", "4");
        await Assertions.Expect(page.Page.Locator("#count")).ToContainTextAsync($"{total} stories");
        var badges = await page.Page.Locator("#stories .quad").AllInnerTextsAsync();
        Assert.Equal(total, badges.Count);
        Assert.All(badges, b => Assert.Equal("material conflict", b));
        Assert.Contains("quad=4", page.Page.Url);
        // Box items also draw a line and a dot classed vis-item: count the boxes and ranges themselves.
        Assert.Equal(dated, await page.Page.Locator(".vis-item.vis-box, .vis-item.vis-range").CountAsync());
        Assert.Equal(dated, await page.Page.Locator(".vis-item.quad-4.vis-box, .vis-item.quad-4.vis-range").CountAsync());
        await page.Page.Locator(".vis-item.vis-box, .vis-item.vis-range").Last.ClickAsync();
        await Assertions.Expect(page.Page.Locator("#detail .story .evidence a.sentence-link").First).ToHaveAttributeAsync("href",
            new System.Text.RegularExpressions.Regex(@"^/doc\.html\?id=.+#s\d+$"));
        await page.Screenshot("timeline.png");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task NetworkMapClaimsAndSearchPagesDrawTheirData()
    {
        var page = await Open();
        await page.Go("/network.html");
        var network = await Api("api/network");
        Assert.Equal(network.GetProperty("nodes").GetArrayLength(), await page.Page.EvaluateAsync<int>("window.faultlineNetwork.nodes().length"));
        Assert.Equal(network.GetProperty("edges").GetArrayLength(), await page.Page.EvaluateAsync<int>("window.faultlineNetwork.edges().length"));
        await page.Screenshot("network.png");

        await page.Go("/map.html");
        var located = (await Api("api/timeline?limit=1000")).GetProperty("items").EnumerateArray()
            .Count(s => s.GetProperty("story").GetProperty("lat").ValueKind == JsonValueKind.Number);
        Assert.True(located >= 7);
        Assert.Equal(located, await page.Page.Locator("circle.story-dot").CountAsync());
        Assert.True(await page.Page.Locator("path.country.framed").CountAsync() == 2);
        await page.Screenshot("map.png");

        await page.Go("/claims.html");
        var units = (await Api("api/claims?limit=1000")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("unit").GetString()!)
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(units, await page.Page.Locator(".claim-unit h2").AllInnerTextsAsync());
        var groups = (await Api("api/claims/groups?limit=1000")).GetProperty("total").GetInt64();
        Assert.Equal($"{groups} groups", await page.Page.InnerTextAsync("#group-count"));
        Assert.Equal(groups, await page.Page.Locator(".claim-group").CountAsync());
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

        await page.Go("/");
        await page.Go("/search.html?q=alert");
        Assert.Contains("<script>alert(1)</script>", await page.Page.InnerTextAsync("#results"));
        await page.Go("/doc.html?id=hostile");
        var text = await page.Page.InnerTextAsync("#text");
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("<img src=x onerror=alert(2)>", text);
        Assert.Equal(0, await page.Page.Locator("#text script, #text img").CountAsync());
        await page.Page.WaitForTimeoutAsync(300);
        Assert.Empty(page.Dialogs);
        Assert.Empty(page.Errors);
        await page.Screenshot("inert-script.png");
    }
}
