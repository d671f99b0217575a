using Faultline.Core.Output;
using Faultline.Storage;
using Faultline.Storage.Sqlite;
using Faultline.Tests.Cli;
using Faultline.Tests.Support;

namespace Faultline.Tests.Web;

/// <summary>
/// SQLite files built the way users build one: the sample corpus through the CLI's 'analyze' (real pipeline output,
/// whatever it finds today), then the hand-coded article saved and its stories rebuilt through the same store calls
/// and <see cref="StoryUpdater"/> that 'analyze' uses. Without the samples, the file holds exactly the coded records.
/// </summary>
public static class SampleDatabase
{
    public static string Create(string folder, bool withSamples = true)
    {
        var db = Path.Combine(folder, withSamples ? "sample.db" : "coded.db");
        if (withSamples)
        {
            var (exit, _, err) = CliRunner.Run("analyze", TestPaths.SampleArticles, "--db", db);
            if (exit != 0) throw new InvalidOperationException($"analyze failed ({exit}): {err}");
        }
        using var store = SqliteStore.Open(db);
        var article = CodedArticle.Build(TestPaths.Analyzer, folder);
        store.Save(article, DocumentJson.ToJson(article));
        new StoryUpdater(TestPaths.Knowledge.StoryBuilder()).Update(store, store.BlocksOfDocument(article.Id));
        return db;
    }
}
