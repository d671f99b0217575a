using Dapper;

namespace Faultline.Storage;

/// <summary>
/// The read queries, over the newest version of each document. Plain SQL that SQLite and PostgreSQL both accept.
/// Columns read into positional records are plain table columns: Dapper maps them before the first row, when SQLite
/// knows the type of a column but not of an expression (a COALESCE would look like byte[] and fail on an empty result).
/// </summary>
internal static class Queries
{
    public const string Documents =
        """
        SELECT d.id AS Id, d.doc AS Doc, d.version AS Version, d.content_hash AS ContentHash, d.path AS Path, d.title AS Title,
               d.outlet AS Outlet, d.author AS Author, d.published AS Published, d.published_basis AS PublishedBasis,
               (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS Events,
               (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS Claims,
               d.analyzed_at AS AnalyzedAt
        FROM current_documents d
        WHERE (@doc IS NULL OR d.doc = @doc)
        ORDER BY d.doc
        LIMIT @limit OFFSET @offset
        """;

    public static string Events(string where) =>
        $"""
        SELECT e.id AS Id, d.doc AS Doc, d.id AS DocumentId, e.code AS Code, e.root AS Root, e.quad AS Quad, e.goldstein AS Goldstein,
               e.date AS Date, e.actor1_country AS Actor1Country, e.actor1_group AS Actor1Group, e.actor1_role AS Actor1Role,
               e.actor1_name AS Actor1Name, e.actor1_cameo AS Actor1Cameo, e.actor2_country AS Actor2Country,
               e.actor2_group AS Actor2Group, e.actor2_role AS Actor2Role, e.actor2_name AS Actor2Name, e.actor2_cameo AS Actor2Cameo,
               e.location AS Location, e.location_country AS LocationCountry, e.lat AS Lat, e.lon AS Lon, e.fatalities AS Fatalities,
               e.sentence_idx AS SentenceIdx, e.evidence_start AS EvidenceStart, e.evidence_end AS EvidenceEnd, e.pattern AS Pattern,
               s.text AS Sentence
        FROM events e
        JOIN current_documents d ON d.id = e.document_id
        LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence_idx
        WHERE {where}
        ORDER BY e.date IS NULL, e.date, d.doc, e.idx
        LIMIT @limit OFFSET @offset
        """;

    public static (string Where, DynamicParameters Parameters) EventWhere(EventFilter f)
    {
        var clauses = new List<string> { "1=1" };
        var p = new DynamicParameters();
        p.Add("limit", f.Limit);
        p.Add("offset", f.Offset);
        const string key1 = "COALESCE(e.actor1_group, e.actor1_country)";
        const string key2 = "COALESCE(e.actor2_group, e.actor2_country)";
        if (f.Actor is { } actor)
        {
            clauses.Add($"(UPPER({key1}) = @actor OR UPPER({key2}) = @actor OR e.actor1_country = @actor OR e.actor2_country = @actor)");
            p.Add("actor", actor.ToUpperInvariant());
        }
        if (f.Dyad is { } dyad)
        {
            clauses.Add($"((UPPER({key1}) = @dyadA AND UPPER({key2}) = @dyadB) OR (UPPER({key1}) = @dyadB AND UPPER({key2}) = @dyadA))");
            p.Add("dyadA", dyad.A.ToUpperInvariant());
            p.Add("dyadB", dyad.B.ToUpperInvariant());
        }
        if (f.Code is { } code)
        {
            clauses.Add("e.code LIKE @code");
            p.Add("code", code + "%");
        }
        if (f.Quad is { } quad)
        {
            clauses.Add("e.quad = @quad");
            p.Add("quad", quad);
        }
        if (f.From is { } from)
        {
            clauses.Add("e.date IS NOT NULL AND SUBSTR(e.date || '-00-00', 1, LENGTH(@from)) >= @from");
            p.Add("from", from);
        }
        if (f.To is { } to)
        {
            clauses.Add("e.date IS NOT NULL AND SUBSTR(e.date, 1, LENGTH(@to)) <= @to");
            p.Add("to", to);
        }
        if (f.Place is { } place)
        {
            clauses.Add("LOWER(e.location) = LOWER(@place)");
            p.Add("place", place);
        }
        if (f.Document is { } doc)
        {
            clauses.Add("d.doc = @doc");
            p.Add("doc", doc);
        }
        if (f.Ids is { } ids)
        {
            clauses.Add("e.id IN @ids");
            p.Add("ids", ids.ToList());
        }
        return (string.Join(" AND ", clauses), p);
    }

    public static string CountEvents(string where) =>
        $"SELECT COUNT(*) FROM events e JOIN current_documents d ON d.id = e.document_id WHERE {where}";

    public const string CountClaims =
        "SELECT COUNT(*) FROM claims c JOIN current_documents d ON d.id = c.document_id WHERE (@document IS NULL OR d.doc = @document)";

    public const string Sentences =
        """
        SELECT s.idx AS "Index", s.start_char AS Start, s.end_char AS "End"
        FROM sentences s JOIN current_documents d ON d.id = s.document_id
        WHERE d.doc = @doc ORDER BY s.idx
        """;

    public const string Search =
        """
        SELECT d.doc AS Doc, d.title AS Title, d.published AS Published, s.idx AS Sentence, s.start_char AS Start,
               s.end_char AS "End", s.text AS Text
        FROM sentence_search f
        JOIN current_documents d ON d.id = f.document_id
        JOIN sentences s ON s.document_id = f.document_id AND s.idx = f.idx
        WHERE sentence_search MATCH @match
        ORDER BY f.rank, d.doc, s.idx
        LIMIT @limit OFFSET @offset
        """;

    public const string CountSearch =
        "SELECT COUNT(*) FROM sentence_search f JOIN current_documents d ON d.id = f.document_id WHERE sentence_search MATCH @match";

    public const string Claims =
        """
        SELECT c.id AS Id, d.doc AS Doc, d.id AS DocumentId, c.value AS Value, c.value_high AS ValueHigh, c.unit AS Unit,
               c.qualifier AS Qualifier, c.subject AS Subject, c.kind AS Kind, c.period AS Period, c.baseline AS Baseline,
               c.source AS Source, c.sentence_idx AS SentenceIdx, c.start_char AS StartChar, c.end_char AS EndChar, c.rule AS Rule,
               d.outlet AS Outlet, s.text AS Sentence
        FROM claims c
        JOIN current_documents d ON d.id = c.document_id
        LEFT JOIN sentences s ON s.document_id = c.document_id AND s.idx = c.sentence_idx
        WHERE (@document IS NULL OR d.doc = @document)
        ORDER BY d.doc, c.idx
        LIMIT @limit OFFSET @offset
        """;

    public const string Actors =
        """
        SELECT COALESCE(a.grp, a.country) AS Id, MIN(a.name) AS Name, MIN(a.country) AS Country, a.grp AS "Group", NULL AS Role,
               COUNT(DISTINCT a.document_id) AS Documents, SUM(a.mentions) AS Mentions, NULL AS Lat, NULL AS Lon
        FROM actors a JOIN current_documents d ON d.id = a.document_id
        GROUP BY COALESCE(a.grp, a.country), a.grp
        ORDER BY Mentions DESC, Id
        """;

    public const string People =
        """
        SELECT p.person_id AS Id, MIN(p.name) AS Name, MIN(p.country) AS Country, MIN(p.grp) AS "Group", MIN(p.role) AS Role,
               COUNT(DISTINCT p.document_id) AS Documents, SUM(p.mentions) AS Mentions, NULL AS Lat, NULL AS Lon
        FROM people p JOIN current_documents d ON d.id = p.document_id
        GROUP BY p.person_id
        ORDER BY Mentions DESC, Name
        """;

    public const string Places =
        """
        SELECT p.place_id AS Id, MIN(p.name) AS Name, MIN(p.country) AS Country, NULL AS "Group", NULL AS Role,
               COUNT(DISTINCT p.document_id) AS Documents, SUM(p.mentions) AS Mentions, MIN(p.lat) AS Lat, MIN(p.lon) AS Lon
        FROM places p JOIN current_documents d ON d.id = p.document_id
        GROUP BY p.place_id
        ORDER BY Mentions DESC, Name
        """;
}
