using System.Net.Http.Json;
using System.Text.Json;

namespace Faultline.Tests.Web;

/// <summary>The HTTP API over the sample corpus as the pipeline analyses it today: whatever it finds must hold together.</summary>
[Collection(WebCollection.Name)]
public sealed class SampleApiTests(WebFixture web)
{
    private Task<JsonElement> Get(string path) => web.Server.Client.GetFromJsonAsync<JsonElement>(path);

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task DocumentsArePagedWithTheirTotal()
    {
        var all = await Get("api/documents");
        Assert.Equal(6, all.GetProperty("total").GetInt64());
        var page = await Get("api/documents?limit=2&offset=2");
        Assert.Equal((6, 2, 2), (page.GetProperty("total").GetInt64(), page.GetProperty("limit").GetInt32(), page.GetProperty("offset").GetInt32()));
        Assert.Equal(Items(all).Skip(2).Take(2).Select(d => d.GetProperty("doc").GetString()), Items(page).Select(d => d.GetProperty("doc").GetString()));
    }

    [Fact]
    public async Task PagingThroughEventsVisitsEachOnce()
    {
        var total = (await Get("api/counts")).GetProperty("events").GetInt64();
        var ids = new List<long>();
        for (var offset = 0; offset < total; offset += 25)
        {
            var page = await Get($"api/events?limit=25&offset={offset}");
            Assert.Equal(total, page.GetProperty("total").GetInt64());
            ids.AddRange(Items(page).Select(e => e.GetProperty("id").GetInt64()));
        }
        Assert.Equal(total, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("api/documents")]
    [InlineData("api/events")]
    [InlineData("api/timeline")]
    [InlineData("api/claims")]
    [InlineData("api/actors")]
    [InlineData("api/people")]
    [InlineData("api/places")]
    [InlineData("api/dyads")]
    [InlineData("api/search?q=Pakistan")]
    public async Task EveryListingAnswersWithAConsistentPage(string path)
    {
        var page = await Get(path + (path.Contains('?') ? "&" : "?") + "limit=3&offset=1");
        var count = page.GetProperty("items").GetArrayLength();
        Assert.InRange(count, 0, 3);
        Assert.True(page.GetProperty("total").GetInt64() >= count + (count > 0 ? 1 : 0));
    }

    /// <summary>The point of the reader: every stored record must land on the sentence it was taken from.</summary>
    [Fact]
    public async Task EveryRecordPointsIntoItsSentence()
    {
        foreach (var doc in Items(await Get("api/documents")).Select(d => d.GetProperty("doc").GetString()!))
        {
            var detail = await Get($"api/documents/{doc}");
            var text = detail.GetProperty("text").GetString()!;
            var sentences = detail.GetProperty("sentences").EnumerateArray()
                .ToDictionary(s => s.GetProperty("index").GetInt64(), s => (Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32()));
            foreach (var e in detail.GetProperty("events").EnumerateArray())
            {
                var s = sentences[e.GetProperty("sentence_idx").GetInt64()];
                Assert.Equal(e.GetProperty("sentence").GetString(), text[s.Start..s.End]);
                var (start, end) = (e.GetProperty("evidence_start").GetInt32(), e.GetProperty("evidence_end").GetInt32());
                Assert.True(start >= 0 && end <= text.Length && start <= end, $"{doc}: event {e.GetProperty("id")} evidence [{start}, {end})");
            }
            foreach (var c in detail.GetProperty("claims").EnumerateArray())
            {
                var s = sentences[c.GetProperty("sentence_idx").GetInt64()];
                Assert.InRange(c.GetProperty("start_char").GetInt32(), s.Start, s.End);
                Assert.InRange(c.GetProperty("end_char").GetInt32(), s.Start, s.End);
            }
            foreach (var kind in new[] { "actors", "people", "places" })
                foreach (var entity in detail.GetProperty("document").GetProperty(kind).EnumerateArray())
                    foreach (var span in entity.GetProperty("offsets").EnumerateArray())
                        Assert.InRange(span[1].GetInt32(), span[0].GetInt32(), text.Length);
        }
    }

    [Fact]
    public async Task StoriesCarryTheSentenceOfEveryEvent()
    {
        foreach (var item in Items(await Get("api/timeline?limit=200")))
            Assert.Equal(item.GetProperty("story").GetProperty("events").GetArrayLength(), item.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task ClaimGroupsLinkEveryFigureToItsSentence()
    {
        var groups = await Get("api/claims/groups?limit=1000");
        Assert.True(groups.GetProperty("total").GetInt64() > 0, "the sample articles cite some figures more than once");
        var details = new Dictionary<string, JsonElement>();
        foreach (var member in Items(groups).SelectMany(g => g.GetProperty("members").EnumerateArray()))
        {
            var doc = member.GetProperty("doc").GetString()!;
            if (!details.TryGetValue(doc, out var detail)) details[doc] = detail = await Get($"api/documents/{doc}");
            var sentence = detail.GetProperty("sentences")[member.GetProperty("sentence").GetInt32()];
            Assert.InRange(member.GetProperty("start").GetInt32(), sentence.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32());
            Assert.InRange(member.GetProperty("end").GetInt32(), sentence.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32());
        }
        foreach (var status in new[] { "corroborated", "conflicting", "not_comparable" })
            Assert.All(Items(await Get($"api/claims/groups?status={status}&limit=1000")), g => Assert.Equal(status, g.GetProperty("status").GetString()));
    }
}
