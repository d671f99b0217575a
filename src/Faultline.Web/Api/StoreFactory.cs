using Faultline.Storage;
using Faultline.Storage.Sqlite;

namespace Faultline.Web.Api;

/// <summary>
/// Opens the database once per request: a SQLite connection is not safe to share between threads, and opening
/// one (WAL mode, no pooling) costs far less than serialising every request behind a lock.
/// </summary>
internal sealed class StoreFactory(string path)
{
    public string Path { get; } = path;

    public IDocumentStore Open() => SqliteStore.Open(Path);
}
