using Faultline.Storage;
using Faultline.Storage.Sqlite;

namespace Faultline.Cli.Infrastructure;

/// <summary>Opens the database a command names with --db (default faultline.db in the current folder).</summary>
public static class StoreOptions
{
    public const string DefaultPath = "faultline.db";

    public static IDocumentStore Open(Args args, bool mustExist)
    {
        var path = args.Get("db", DefaultPath);
        if (mustExist && !File.Exists(path))
            throw new StoreException($"{path}: no such database (run 'faultline analyze PATH... --db {path}' first)");
        return SqliteStore.Open(path);
    }
}
