using System.Data;
using System.Reflection;
using Dapper;

namespace Faultline.Storage;

/// <summary>
/// Applies the numbered SQL scripts embedded from Migrations/ that a database has not seen yet, each in its own
/// transaction, recording them in schema_migrations. A database newer than this build is refused.
/// </summary>
public static class Migrator
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = Load();

    public static int Latest => Scripts.Max(s => s.Version);

    public static void Migrate(IDbConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = connection.Query<long>("SELECT version FROM schema_migrations").Select(v => (int)v).ToHashSet();
        if (applied.Count > 0 && applied.Max() > Latest)
            throw new StoreException($"the database has schema version {applied.Max()}, newer than this Faultline ({Latest}); upgrade Faultline");
        foreach (var (version, name, sql) in Scripts.Where(s => !applied.Contains(s.Version)))
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(sql, transaction: tx);
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTime.UtcNow.ToString("O") }, tx);
            tx.Commit();
        }
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "Faultline.Storage.Migrations.";
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix)).Order())
        {
            var name = resource[prefix.Length..];
            var version = int.Parse(name[..name.IndexOf('_')]);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add((version, name, reader.ReadToEnd()));
        }
        return list;
    }
}

/// <summary>The database cannot be opened or written; the message says why.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
