using System.Text.Json.Nodes;
using Dapper;
using Faultline.Core.Aggregation;
using Faultline.Core.Analysis;
using Faultline.Core.Documents;
using Faultline.Core.Output;
using Microsoft.Data.Sqlite;

namespace Faultline.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file, created and migrated on open.</summary>
public sealed class SqliteStore : IDocumentStore
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    public static SqliteStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw new StoreException($"{path}: folder {dir} does not exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, ForeignKeys = true, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;");
            Migrator.Migrate(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a usable Faultline database ({e.Message})", e);
        }
        return new SqliteStore(connection) { Path = full };
    }

    public bool Contains(string contentHash) =>
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE content_hash = @contentHash", new { contentHash }) > 0;

    public SaveOutcome Save(Document document, JsonObject analysis)
    {
        if (Contains(document.ContentHash)) return SaveOutcome.Unchanged;
        using var tx = _connection.BeginTransaction();
        var previous = _connection.ExecuteScalar<long?>("SELECT MAX(version) FROM documents WHERE doc = @Id", new { document.Id }, tx);
        var id = _connection.ExecuteScalar<long>(
            """
            INSERT INTO documents (doc, version, content_hash, path, title, outlet, author, published, published_basis, text, analysis, analyzed_at)
            VALUES (@doc, @version, @hash, @path, @title, @outlet, @author, @published, @basis, @text, @analysis, @at)
            RETURNING id
            """,
            new
            {
                doc = document.Id, version = (previous ?? 0) + 1, hash = document.ContentHash, path = document.SourcePath,
                title = document.Metadata.Title, outlet = document.Metadata.Outlet, author = document.Metadata.Author,
                published = document.Metadata.Published?.Date, basis = document.Metadata.Published?.Basis,
                text = document.Text, analysis = analysis.ToJsonString(DocumentJson.Options), at = DateTime.UtcNow.ToString("O"),
            }, tx);
        RecordWriter.WriteAll(_connection, tx, id, document);
        tx.Commit();
        return previous is null ? SaveOutcome.Added : SaveOutcome.NewVersion;
    }

    public void RecordFailure(DocumentFailure failure) =>
        _connection.Execute("INSERT INTO failures (path, reason, at) VALUES (@Path, @Reason, @at)",
            new { failure.Path, failure.Reason, at = DateTime.UtcNow.ToString("O") });

    public StoreCounts Counts() => _connection.QuerySingle<StoreCounts>(
        """
        SELECT (SELECT COUNT(*) FROM current_documents) AS Documents,
               (SELECT COUNT(*) FROM events WHERE document_id IN (SELECT id FROM current_documents)) AS Events,
               (SELECT COUNT(*) FROM claims WHERE document_id IN (SELECT id FROM current_documents)) AS Claims,
               (SELECT COUNT(DISTINCT COALESCE(grp, country)) FROM actors WHERE document_id IN (SELECT id FROM current_documents)) AS Actors,
               (SELECT COUNT(*) FROM failures) AS Failures,
               (SELECT COUNT(*) FROM stories) AS Stories
        """);

    public IReadOnlyList<DocumentRow> Documents(string? doc = null, int limit = int.MaxValue, int offset = 0) =>
        _connection.Query<DocumentRow>(Queries.Documents, new { doc, limit, offset }).AsList();

    public (JsonObject Analysis, string Text)? Analysis(string doc)
    {
        var row = _connection.QuerySingleOrDefault<(string Analysis, string Text)?>(
            "SELECT analysis AS Analysis, text AS Text FROM current_documents WHERE doc = @doc", new { doc });
        return row is { } r ? ((JsonObject)JsonNode.Parse(r.Analysis)!, r.Text) : null;
    }

    public IReadOnlyList<EventRow> Events(EventFilter filter)
    {
        var (where, parameters) = Queries.EventWhere(filter);
        return _connection.Query<EventRow>(Queries.Events(where), parameters).AsList();
    }

    public long CountEvents(EventFilter filter)
    {
        var (where, parameters) = Queries.EventWhere(filter);
        return _connection.ExecuteScalar<long>(Queries.CountEvents(where), parameters);
    }

    public long CountClaims(string? document = null) => _connection.ExecuteScalar<long>(Queries.CountClaims, new { document });

    public IReadOnlyList<SentenceRow> Sentences(string doc) => _connection.Query<SentenceRow>(Queries.Sentences, new { doc }).AsList();

    public IReadOnlyList<SearchHit> Search(string query, int limit = int.MaxValue, int offset = 0) =>
        SearchQuery.ToFts(query) is { } match ? _connection.Query<SearchHit>(Queries.Search, new { match, limit, offset }).AsList() : [];

    public long CountSearch(string query) =>
        SearchQuery.ToFts(query) is { } match ? _connection.ExecuteScalar<long>(Queries.CountSearch, new { match }) : 0;

    public IReadOnlyList<ClaimRow> Claims(string? document = null, int limit = int.MaxValue, int offset = 0) =>
        _connection.Query<ClaimRow>(Queries.Claims, new { document, limit, offset }).AsList();

    public IReadOnlyList<Core.Claims.SourcedClaim> SourcedClaims() =>
        _connection.Query<(string Doc, string? Outlet, string Record, long Sentence)>(
                "SELECT d.doc AS Doc, d.outlet AS Outlet, c.record AS Record, c.sentence_idx AS Sentence FROM claims c JOIN current_documents d ON d.id = c.document_id ORDER BY d.doc, c.idx")
            .Select(r => new Core.Claims.SourcedClaim(r.Doc, r.Outlet,
                DocumentJson.ClaimFromJson((System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(r.Record)!) with { Sentence = (int)r.Sentence }))
            .ToList();

    public IReadOnlyList<EntitySummary> Actors() => Entities(Queries.Actors);

    public IReadOnlyList<EntitySummary> People() => Entities(Queries.People);

    public IReadOnlyList<EntitySummary> Places() => Entities(Queries.Places);

    private List<EntitySummary> Entities(string sql) => _connection.Query<EntityRow>(sql).Select(r => r.ToSummary()).ToList();

    public IReadOnlyList<FailureRow> Failures() =>
        _connection.Query<FailureRow>("SELECT id AS Id, path AS Path, reason AS Reason, at AS At FROM failures ORDER BY id").AsList();

    public IReadOnlyList<StoryEvent> StoryEvents(IReadOnlyCollection<string>? blocks = null) => StoryTables.Events(_connection, blocks);

    public void ReplaceStories(IReadOnlyCollection<string> blocks, IEnumerable<Story> stories)
    {
        using var tx = _connection.BeginTransaction();
        StoryTables.Replace(_connection, tx, blocks, stories);
        tx.Commit();
    }

    public IReadOnlyList<Story> Stories(StoryFilter filter) => StoryTables.Read(_connection, filter);

    public long CountStories(StoryFilter filter) => StoryTables.Count(_connection, filter);

    public IReadOnlyList<string> BlocksOfDocument(string doc) =>
        StoryTables.BlocksOf(_connection, null, _connection.Query<long>("SELECT id FROM documents WHERE doc = @doc", new { doc }));

    public void Dispose() => _connection.Dispose();
}
