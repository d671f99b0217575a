using Faultline.Core.Documents;
using Faultline.Core.Output;
using Faultline.Storage.Sqlite;
using Faultline.Tests.Support;

namespace Faultline.Tests.Web;

/// <summary>The FTS5 sentence index (migration 003) follows the sentences table and searches the newest versions only.</summary>
public sealed class SearchIndexTests
{
    private static Document Article(TempFolder folder, string text) =>
        TestPaths.Analyzer.AnalyzeFile(folder.Write("articles/ceasefire.txt", "Ceasefire report\n\n" + text + "\n"));

    [Fact]
    public void SavedSentencesAreSearchableAndANewVersionReplacesTheOld()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(folder.File("search.db"));
        var first = Article(folder, "The ceasefire in Waziristan held for a week. Talks resumed in Kabul.");
        store.Save(first, DocumentJson.ToJson(first));
        var hit = Assert.Single(store.Search("waziristan ceasefire"));
        Assert.Equal(("ceasefire", 1L), (hit.Doc, hit.Sentence));
        Assert.Equal(first.Text[(int)hit.Start..(int)hit.End], hit.Text);
        Assert.Equal(1, store.CountSearch("kabul"));

        var second = Article(folder, "The ceasefire collapsed after two days. Fighting spread to Bajaur.");
        store.Save(second, DocumentJson.ToJson(second));
        Assert.Empty(store.Search("waziristan"));
        Assert.Single(store.Search("bajaur"));
        Assert.Equal(2, store.CountSearch("ceasefire")); // the title and one sentence of the newest version
        Assert.Equal(0, store.CountSearch("held"));
    }

    [Theory]
    [InlineData("border fence", "\"border\" \"fence\"")]
    [InlineData("fenc*", "\"fenc\"*")]
    [InlineData("Taliban's OR \"(", "\"Taliban's\" \"OR\"")]
    [InlineData("\" ( ) *", null)]
    public void UserInputBecomesQuotedTerms(string input, string? fts) => Assert.Equal(fts, Faultline.Storage.SearchQuery.ToFts(input));
}
