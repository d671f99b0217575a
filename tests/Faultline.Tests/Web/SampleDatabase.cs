using Faultline.Core.Output;
using Faultline.Storage;
using Faultline.Storage.Sqlite;
using Faultline.Tests.Cli;
using Faultline.Tests.Support;

namespace Faultline.Tests.Web;

/// <summary>
/// A SQLite file built the way users build one: the sample corpus through the CLI's 'analyze', then the hand-coded
/// article saved and its stories rebuilt through the same store calls and <see cref="StoryUpdater"/> that 'analyze' uses.
/// </summary>
public static class SampleDatabase
{
    public static string Create(string folder)
    {
        var db = Path.Combine(folder, "web.db");
        var (exit, _, err) = CliRunner.Run("analyze", TestPaths.SampleArticles, "--db", db);
        if (exit != 0) throw new InvalidOperationException($"analyze failed ({exit}): {err}");
        using var store = SqliteStore.Open(db);
        var article = CodedArticle.Build(TestPaths.Analyzer, folder);
        store.Save(article, DocumentJson.ToJson(article));
        new StoryUpdater(TestPaths.Knowledge.StoryBuilder()).Update(store, store.BlocksOfDocument(article.Id));
        return db;
    }
}
