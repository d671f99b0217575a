using Faultline.Core.Documents;
using Faultline.Core.Input;
using Faultline.Core.Output;
using Faultline.Storage;
using Faultline.Storage.Sqlite;
using Faultline.Tests.Support;

namespace Faultline.Tests.Storage;

public class SqliteStoreTests
{
    private static Document Analyzed(string text, string id = "article") =>
        TestPaths.Analyzer.Analyze(DocumentReader.FromBytes(System.Text.Encoding.UTF8.GetBytes(text), id));

    private const string Article = "Border talks resume\n\nOfficials from both sides met at the crossing on Monday and agreed to keep talking about trade.";

    [Fact]
    public void CreatesTheDatabaseFileAndAppliesEveryMigration()
    {
        using var dir = new TempFolder();
        using (SqliteStore.Open(dir.File("new.db"))) { }
        Assert.True(File.Exists(dir.File("new.db")));
        using var again = SqliteStore.Open(dir.File("new.db"));
        Assert.Equal(0, again.Counts().Documents);
    }

    [Fact]
    public void SavingTheSameContentTwiceAddsNothing()
    {
        using var dir = new TempFolder();
        using var store = SqliteStore.Open(dir.File("t.db"));
        var doc = Analyzed(Article);
        Assert.Equal(SaveOutcome.Added, store.Save(doc, DocumentJson.ToJson(doc)));
        var same = Analyzed(Article);
        Assert.Equal(SaveOutcome.Unchanged, store.Save(same, DocumentJson.ToJson(same)));
        Assert.Equal(1, store.Counts().Documents);
    }

    [Fact]
    public void ChangedContentUnderTheSameNameBecomesANewVersion()
    {
        using var dir = new TempFolder();
        using var store = SqliteStore.Open(dir.File("t.db"));
        var first = Analyzed(Article);
        store.Save(first, DocumentJson.ToJson(first));
        var second = Analyzed(Article + " They will meet again in May.");
        Assert.Equal(SaveOutcome.NewVersion, store.Save(second, DocumentJson.ToJson(second)));
        var row = Assert.Single(store.Documents());
        Assert.Equal(2, row.Version);
        Assert.Equal(second.ContentHash, row.ContentHash);
    }

    [Fact]
    public void StoredAnalysisAndTextReadBackUnchanged()
    {
        using var dir = new TempFolder();
        using var store = SqliteStore.Open(dir.File("t.db"));
        var doc = Analyzed(Article);
        var json = DocumentJson.ToJson(doc);
        store.Save(doc, json);
        var (analysis, text) = store.Analysis("article")!.Value;
        Assert.Equal(json.ToJsonString(), analysis.ToJsonString());
        Assert.Equal(doc.Text, text);
    }

    [Fact]
    public void ADocumentThatFailsHalfwayLeavesNothingBehind()
    {
        using var dir = new TempFolder();
        using var store = SqliteStore.Open(dir.File("t.db"));
        var good = Analyzed(Article, "good");
        store.Save(good, DocumentJson.ToJson(good));
        var broken = Analyzed(Article + " More.", "broken");
        // A claim pointing at a sentence that does not exist fails while its row is written, after the document row.
        broken.Claims.Add(new Claim { Value = 1, Unit = "count", RuleId = "test", Sentence = 999 });
        Assert.ThrowsAny<Exception>(() => store.Save(broken, DocumentJson.ToJson(good)));
        Assert.Equal(["good"], store.Documents().Select(d => d.Doc).ToArray());
        Assert.Null(store.Analysis("broken"));
    }

    [Fact]
    public void AFileThatIsNotADatabaseIsRefusedAndLeftUntouched()
    {
        using var dir = new TempFolder();
        var path = dir.Write("notes.db", "these are my notes, not a database");
        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(path));
        Assert.Contains("notes.db", e.Message);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(path));
    }

    [Fact]
    public void FailuresAreRecorded()
    {
        using var dir = new TempFolder();
        using var store = SqliteStore.Open(dir.File("t.db"));
        store.RecordFailure(new Core.Analysis.DocumentFailure("x.txt", "empty file"));
        Assert.Equal("empty file", Assert.Single(store.Failures()).Reason);
    }
}
