using System.Data;
using Dapper;
using Faultline.Core.Documents;
using Faultline.Core.Output;

namespace Faultline.Storage;

/// <summary>Writes a document's sentences, entities, events and claims as rows (plain parameterised SQL, portable).</summary>
internal static class RecordWriter
{
    public static void WriteAll(IDbConnection c, IDbTransaction tx, long documentId, Document d)
    {
        c.Execute("INSERT INTO sentences (document_id, idx, start_char, end_char, text) VALUES (@documentId, @Index, @Start, @End, @Text)",
            d.Sentences.Select(s => new { documentId, s.Index, s.Span.Start, s.Span.End, Text = s.Span.Of(d.Text) }), tx);
        c.Execute("INSERT INTO actors (document_id, actor_id, country, grp, name, mentions) VALUES (@documentId, @Id, @Country, @Group, @Name, @Count)",
            d.Actors.Select(a => new { documentId, a.Id, a.Country, a.Group, a.Name, Count = a.Mentions.Count }), tx);
        c.Execute("INSERT INTO people (document_id, person_id, name, country, grp, role, mentions) VALUES (@documentId, @Id, @Name, @Country, @Group, @Role, @Count)",
            d.People.Select(p => new { documentId, p.Id, p.Name, p.Country, p.Group, p.Role, Count = p.Mentions.Count }), tx);
        c.Execute("INSERT INTO places (document_id, place_id, name, country, lat, lon, mentions) VALUES (@documentId, @Id, @Name, @Country, @Lat, @Lon, @Count)",
            d.Places.Select(p => new { documentId, p.Id, p.Name, p.Country, p.Lat, p.Lon, Count = p.Mentions.Count }), tx);
        c.Execute(
            """
            INSERT INTO events (document_id, idx, code, root, quad, goldstein, date,
                actor1_country, actor1_group, actor1_role, actor1_name, actor1_cameo,
                actor2_country, actor2_group, actor2_role, actor2_name, actor2_cameo,
                location, location_country, lat, lon, fatalities, sentence_idx, evidence_start, evidence_end, pattern, record)
            VALUES (@documentId, @idx, @Code, @Root, @Quad, @Goldstein, @Date,
                @a1c, @a1g, @a1r, @a1n, @a1x, @a2c, @a2g, @a2r, @a2n, @a2x,
                @loc, @locCountry, @lat, @lon, @Fatalities, @sentence, @evStart, @evEnd, @PatternId, @record)
            """,
            d.Events.Select((e, idx) => new
            {
                documentId, idx, e.Code, e.Root, e.Quad, e.Goldstein, e.Date,
                a1c = e.Actor1.Country, a1g = e.Actor1.Group, a1r = e.Actor1.Role, a1n = e.Actor1.Name, a1x = e.Actor1.CameoCode,
                a2c = e.Actor2?.Country, a2g = e.Actor2?.Group, a2r = e.Actor2?.Role, a2n = e.Actor2?.Name, a2x = e.Actor2?.CameoCode,
                loc = e.Location?.Name, locCountry = e.Location?.Country, lat = e.Location?.Lat, lon = e.Location?.Lon,
                e.Fatalities, sentence = e.Sentences.Count > 0 ? e.Sentences[0] : (int?)null,
                evStart = e.Evidence.Start, evEnd = e.Evidence.End, e.PatternId,
                record = DocumentJson.EventJson(d, e).ToJsonString(DocumentJson.Options),
            }), tx);
        c.Execute(
            """
            INSERT INTO claims (document_id, idx, value, value_high, unit, qualifier, subject, kind, period, baseline, source,
                sentence_idx, start_char, end_char, rule, record)
            VALUES (@documentId, @idx, @Value, @ValueHigh, @Unit, @Qualifier, @Subject, @Kind, @Period, @Baseline, @Source,
                @Sentence, @start, @end, @RuleId, @record)
            """,
            d.Claims.Select((k, idx) => new
            {
                documentId, idx, k.Value, k.ValueHigh, k.Unit, k.Qualifier, k.Subject, k.Kind, k.Period, k.Baseline, k.Source,
                k.Sentence, start = k.Span.Start, end = k.Span.End, k.RuleId,
                record = DocumentJson.ClaimJson(d, k).ToJsonString(DocumentJson.Options),
            }), tx);
    }
}
