using System.Data;
using System.Text.Json;
using Dapper;
using Faultline.Core.Aggregation;
using Faultline.Core.Documents;

namespace Faultline.Storage;

/// <summary>Reads events for story building and writes and reads stories (plain SQL, portable).</summary>
internal static class StoryTables
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string BlockExpression => "e.root || '|' || COALESCE(e.actor1_group, e.actor1_country)";

    public static List<StoryEvent> Events(IDbConnection c, IReadOnlyCollection<string>? blocks)
    {
        var sql = $"""
            SELECT e.id, d.doc, d.outlet, e.code, e.date, e.actor1_country, e.actor1_group, e.actor1_role, e.actor1_name,
                   e.actor2_country, e.actor2_group, e.actor2_role, e.actor2_name, e.location, e.lat, e.lon, e.fatalities,
                   COALESCE(s.text, '') AS sentence
            FROM events e
            JOIN current_documents d ON d.id = e.document_id
            LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence_idx
            WHERE (e.actor1_group IS NOT NULL OR e.actor1_country IS NOT NULL)
            {(blocks is null ? "" : $"AND {BlockExpression} IN @blocks")}
            """;
        return c.Query(sql, new { blocks }).Select(r => new StoryEvent(
            (long)r.id, (string)r.doc, (string?)r.outlet, (string)r.code, (string?)r.date,
            new ActorRef((string?)r.actor1_country, (string?)r.actor1_group, (string?)r.actor1_role, (string?)r.actor1_name ?? ""),
            r.actor2_country is null && r.actor2_group is null ? null
                : new ActorRef((string?)r.actor2_country, (string?)r.actor2_group, (string?)r.actor2_role, (string?)r.actor2_name ?? ""),
            (string?)r.location, (double?)r.lat, (double?)r.lon, r.fatalities is null ? null : (int?)(long)r.fatalities, (string)r.sentence)).ToList();
    }

    /// <summary>Blocks that the events of these documents fall in.</summary>
    public static List<string> BlocksOf(IDbConnection c, IDbTransaction? tx, IEnumerable<long> documentIds) =>
        c.Query<string>($"SELECT DISTINCT {BlockExpression} FROM events e WHERE e.document_id IN @ids AND (e.actor1_group IS NOT NULL OR e.actor1_country IS NOT NULL)",
            new { ids = documentIds.ToList() }, tx).AsList();

    public static void Replace(IDbConnection c, IDbTransaction tx, IReadOnlyCollection<string> blocks, IEnumerable<Story> stories)
    {
        c.Execute("DELETE FROM story_events WHERE story_id IN (SELECT id FROM stories WHERE block IN @blocks)", new { blocks }, tx);
        c.Execute("DELETE FROM stories WHERE block IN @blocks", new { blocks }, tx);
        foreach (var s in stories)
        {
            c.Execute(
                """
                INSERT INTO stories (id, block, date, root, code, quad, goldstein, actor1, actor2, location, sources, issues, record)
                VALUES (@Id, @Block, @Date, @Root, @Code, @Quad, @Goldstein, @a1, @a2, @Location, @n, @issues, @record)
                """,
                new { s.Id, s.Block, s.Date, s.Root, s.Code, s.Quad, s.Goldstein, a1 = s.Actor1.Key, a2 = s.Actor2?.Key, s.Location,
                      n = s.Sources.Count, issues = "|" + string.Join("|", s.Issues) + "|", record = JsonSerializer.Serialize(s, Json) }, tx);
            c.Execute("INSERT INTO story_events (story_id, event_id) VALUES (@id, @e)", s.Events.Select(e => new { id = s.Id, e }), tx);
        }
    }

    public static List<Story> Read(IDbConnection c, StoryFilter f)
    {
        var (where, p) = Where(f);
        return c.Query<string>($"SELECT record FROM stories WHERE {where} ORDER BY date IS NULL, date, id LIMIT @limit OFFSET @offset", p)
            .Select(r => JsonSerializer.Deserialize<Story>(r, Json)!).ToList();
    }

    public static long Count(IDbConnection c, StoryFilter f)
    {
        var (where, p) = Where(f);
        return c.ExecuteScalar<long>($"SELECT COUNT(*) FROM stories WHERE {where}", p);
    }

    private static (string Where, DynamicParameters Parameters) Where(StoryFilter f)
    {
        var where = new List<string> { "1=1" };
        var p = new DynamicParameters(new { limit = f.Limit, offset = f.Offset });
        if (f.Actor is { } a) { where.Add("(UPPER(actor1) = @actor OR UPPER(actor2) = @actor)"); p.Add("actor", a.ToUpperInvariant()); }
        if (f.Dyad is { } d)
        {
            where.Add("((UPPER(actor1) = @da AND UPPER(actor2) = @db) OR (UPPER(actor1) = @db AND UPPER(actor2) = @da))");
            p.Add("da", d.A.ToUpperInvariant());
            p.Add("db", d.B.ToUpperInvariant());
        }
        if (f.From is { } from) { where.Add("date IS NOT NULL AND SUBSTR(date || '-00-00', 1, LENGTH(@from)) >= @from"); p.Add("from", from); }
        if (f.To is { } to) { where.Add("date IS NOT NULL AND SUBSTR(date, 1, LENGTH(@to)) <= @to"); p.Add("to", to); }
        if (f.Quad is { } q) { where.Add("quad = @quad"); p.Add("quad", q); }
        if (f.Issue is { } issue) { where.Add("issues LIKE @issue"); p.Add("issue", $"%|{issue}|%"); }
        return (string.Join(" AND ", where), p);
    }
}
