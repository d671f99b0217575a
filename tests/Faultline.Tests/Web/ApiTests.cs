using System.Net;
using System.Text.Json;
using Faultline.Tests.Support;

namespace Faultline.Tests.Web;

/// <summary>The HTTP API over the hand-coded article alone: 11 events, 11 stories, 5 claims, exactly.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(WebFixture web)
{
    private async Task<JsonElement> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await web.Coded.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<long> Total(string path) => (await Get(path)).GetProperty("total").GetInt64();

    [Fact]
    public async Task DocumentCarriesItsAnalysisTextSentencesAndRecords()
    {
        var d = await Get($"api/documents/{CodedArticle.Id}");
        var text = d.GetProperty("text").GetString()!;
        Assert.Equal(CodedArticle.Id, d.GetProperty("document").GetProperty("doc").GetString());
        Assert.Equal(11, d.GetProperty("document").GetProperty("events").GetArrayLength());
        Assert.Equal(11, d.GetProperty("events").GetArrayLength());
        Assert.Equal(5, d.GetProperty("claims").GetArrayLength());
        var sentences = d.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(s => s.GetProperty("index").GetInt32()));
        var first = d.GetProperty("events")[0];
        var sentence = sentences[first.GetProperty("sentence_idx").GetInt32()];
        var (start, end) = (sentence.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32());
        Assert.Equal(first.GetProperty("sentence").GetString(), text[start..end]);
        Assert.Contains("ready to meet", text[first.GetProperty("evidence_start").GetInt32()..first.GetProperty("evidence_end").GetInt32()]);
    }

    [Theory]
    [InlineData("api/documents/no-such-document")]
    [InlineData("api/no-such-endpoint")]
    public async Task UnknownIdsAndPathsAreNotFoundProblems(string path)
    {
        using var response = await web.Coded.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("", 11)]
    [InlineData("?actor=TTP", 2)]
    [InlineData("?actor=ttp", 2)]
    [InlineData("?dyad=PAK,TAL", 9)]
    [InlineData("?dyad=TAL,PAK", 9)]
    [InlineData("?root=19", 2)]
    [InlineData("?code=195", 1)]
    [InlineData("?quad=1", 3)]
    [InlineData("?quad=4", 4)]
    [InlineData("?from=2022&to=2022", 4)]
    [InlineData("?from=2023-06", 2)]
    [InlineData("?place=chaman", 2)]
    [InlineData("?doc=zz_border_report", 11)]
    [InlineData("?doc=000_8e79adca4a687d18", 0)]
    [InlineData("?dyad=PAK,TAL&quad=4&place=Khost", 1)]
    public async Task EventsFilterLikeTheCli(string query, int expected)
    {
        var page = await Get("api/events" + query);
        Assert.Equal(expected, page.GetProperty("total").GetInt64());
        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("api/events?quad=7", "quad")]
    [InlineData("api/events?dyad=PAK", "dyad")]
    [InlineData("api/events?from=yesterday", "from")]
    [InlineData("api/events?to=2022-13", "to")]
    [InlineData("api/events?limit=-1", "limit")]
    [InlineData("api/events?limit=0", "limit")]
    [InlineData("api/events?limit=5000", "limit")]
    [InlineData("api/events?offset=x", "offset")]
    [InlineData("api/events?code=1x", "code")]
    [InlineData("api/events?root=195", "root")]
    [InlineData("api/events?code=195&root=18", "code")]
    [InlineData("api/timeline?quad=0", "quad")]
    [InlineData("api/timeline?dyad=PAK,TAL,AFG", "dyad")]
    [InlineData("api/documents?limit=ten", "limit")]
    [InlineData("api/claims?offset=-3", "offset")]
    [InlineData("api/actors?limit=-1", "limit")]
    [InlineData("api/dyad?a=PAK", "b")]
    [InlineData("api/dyad?a=PAK&b=TAL&by=week", "by")]
    [InlineData("api/claims/groups?status=maybe", "status")]
    [InlineData("api/search", "q")]
    [InlineData("api/search?q=%22%22", "q")]
    public async Task BadParametersAreProblemsNamingTheParameter(string path, string parameter)
    {
        using var response = await web.Coded.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.StartsWith(parameter, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("", 11)]
    [InlineData("?quad=4", 4)]
    [InlineData("?actor=TTP", 2)]
    [InlineData("?dyad=TAL,PAK", 9)]
    [InlineData("?issue=border", 3)]
    [InlineData("?from=2023", 3)]
    [InlineData("?to=2021-06", 2)]
    public async Task TimelineFiltersStories(string query, int expected) =>
        Assert.Equal(expected, await Total("api/timeline" + query));

    [Fact]
    public async Task TimelineStoriesLinkToTheSentencesTheyCameFrom()
    {
        var story = (await Get("api/timeline?limit=1")).GetProperty("items")[0];
        Assert.Equal("2021-03", story.GetProperty("story").GetProperty("date").GetString());
        var evidence = story.GetProperty("evidence")[0];
        Assert.Equal(CodedArticle.Id, evidence.GetProperty("doc").GetString());
        Assert.Equal(1, evidence.GetProperty("sentence").GetInt32());
        Assert.Contains("ready to meet", evidence.GetProperty("text").GetString());
    }

    [Fact]
    public async Task DyadTrendHasQuarterlyPeriodsAndTheChangePoint()
    {
        var trend = await Get("api/dyad?a=pak&b=tal&by=quarter");
        Assert.Equal("PAK", trend.GetProperty("a").GetString());
        var periods = trend.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()).ToList();
        Assert.Equal("2021-Q1", periods[0]);
        Assert.Equal("2023-Q1", periods[^1]);
        Assert.Equal("2022-Q1", trend.GetProperty("change_points")[0].GetProperty("period").GetString());
        Assert.Contains("worsening", trend.GetProperty("summary").GetString());
        Assert.Equal(["2021", "2022", "2023"], (await Get("api/dyad?a=PAK&b=TAL")).GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
    }

    [Fact]
    public async Task DyadsAndNetworkCountStoriesPerPair()
    {
        var top = (await Get("api/dyads")).GetProperty("items")[0];
        Assert.Equal(("PAK", "TAL", 9), (top.GetProperty("a").GetString(), top.GetProperty("b").GetString(), top.GetProperty("stories").GetInt32()));
        var network = await Get("api/network");
        Assert.Equal(["PAK", "TAL", "TTP"], network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(2, network.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task ClaimsArePagedAndFilteredByDocument()
    {
        Assert.Equal(5, await Total("api/claims"));
        Assert.Equal(0, await Total("api/claims?doc=no-such-document"));
        var page = await Get("api/claims?doc=zz_border_report&limit=2&offset=3");
        Assert.Equal(5, page.GetProperty("total").GetInt64());
        var claim = page.GetProperty("items")[0];
        Assert.Equal("attacks", claim.GetProperty("unit").GetString());
        Assert.Equal("the Pakistan Institute for Peace Studies", claim.GetProperty("source").GetString());
    }

    [Fact]
    public async Task EntitiesAreListedMostMentionedFirst()
    {
        var actors = await Get("api/actors");
        Assert.Equal(["PAK", "TAL", "TTP"], actors.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("Shehbaz Sharif", (await Get("api/people")).GetProperty("items")[0].GetProperty("name").GetString());
        var places = await Get("api/places?limit=2");
        Assert.Equal(6, places.GetProperty("total").GetInt64());
        var chaman = places.GetProperty("items")[0];
        Assert.Equal(("Chaman", 30.92), (chaman.GetProperty("name").GetString(), chaman.GetProperty("lat").GetDouble()));
    }

    [Fact]
    public async Task SearchFindsSentencesWithEveryWord()
    {
        var hits = await Get("api/search?q=border%20fence");
        Assert.Contains(hits.GetProperty("items").EnumerateArray(), h => h.GetProperty("text").GetString()!.Contains("dismantled the border fence"));
        Assert.All(hits.GetProperty("items").EnumerateArray(), h =>
        {
            var text = h.GetProperty("text").GetString()!.ToLowerInvariant();
            Assert.Contains("border", text);
            Assert.Contains("fenc", text);
        });
        Assert.True(await Total("api/search?q=fenc*") >= await Total("api/search?q=fence"));
        Assert.Equal(0, await Total("api/search?q=zzzunknownword"));
    }

    [Fact]
    public async Task SearchIgnoresQuotesAndBracketsInsteadOfFailing() =>
        Assert.Equal(await Total("api/search?q=Taliban"), await Total("api/search?q=Taliban%20%22%20(%20%2A"));

    [Fact]
    public async Task CountsSummariseTheDatabase()
    {
        var counts = await Get("api/counts");
        Assert.Equal((1, 11, 11, 5), (counts.GetProperty("documents").GetInt32(), counts.GetProperty("events").GetInt32(),
            counts.GetProperty("stories").GetInt32(), counts.GetProperty("claims").GetInt32()));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEveryEndpoint()
    {
        var paths = (await Get("openapi/v1.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/events", "/api/timeline", "/api/claims", "/api/actors",
                     "/api/people", "/api/places", "/api/dyad", "/api/dyads", "/api/network", "/api/search", "/api/counts", "/api/claims/groups" })
            Assert.Contains(path, paths);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/doc.html")]
    [InlineData("/api/counts")]
    [InlineData("/api/events?quad=9")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var response = await web.Coded.Client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task PagesAndTheirLibrariesAreServedFromThisServer()
    {
        foreach (var path in new[] { "/", "/timeline.html", "/network.html", "/map.html", "/doc.html", "/claims.html", "/search.html",
                     "/js/common.js", "/css/site.css", "/lib/chart.umd.min.js", "/lib/vis-timeline-graph2d.min.js", "/lib/cytoscape.min.js",
                     "/lib/d3-geo.min.js", "/lib/topojson-client.min.js", "/lib/countries-50m.json" })
        {
            using var response = await web.Coded.Client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }
        foreach (var page in new[] { "/", "/timeline.html", "/network.html", "/map.html", "/doc.html", "/claims.html", "/search.html" })
        {
            var html = await web.Coded.Client.GetStringAsync(page);
            Assert.DoesNotContain("http://", html);
            Assert.DoesNotContain("https://", html);
            // No inline script: every script element loads a file from this server.
            Assert.Equal(System.Text.RegularExpressions.Regex.Matches(html, "<script").Count,
                System.Text.RegularExpressions.Regex.Matches(html, "<script (type=\"module\" )?src=\"/").Count);
        }
    }
}
