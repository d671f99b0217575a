using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Faultline.Core.Documents;

namespace Faultline.Core.Output;

/// <summary>
/// Writes a document as the JSON object of the document format (shared/spec/document-format.md): every field
/// present, empty lists where nothing was found. Extra fields (offsets, pattern ids) explain each record.
/// </summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static JsonObject ToJson(Document d, bool includeText = false)
    {
        var o = new JsonObject
        {
            ["doc"] = d.Id,
            ["title"] = d.Metadata.Title,
            ["outlet"] = d.Metadata.Outlet,
            ["author"] = d.Metadata.Author,
            ["published"] = new JsonObject
            {
                ["date"] = d.Metadata.Published?.Date,
                ["basis"] = d.Metadata.Published?.Basis,
            },
            ["actors"] = Array(d.Actors.Select(a => new JsonObject
            {
                ["country"] = a.Country, ["group"] = a.Group, ["name"] = a.Name, ["id"] = a.Id,
                ["mentions"] = a.Mentions.Count, ["offsets"] = Spans(a.Mentions),
            })),
            ["people"] = Array(d.People.Select(p => new JsonObject
            {
                ["name"] = p.Name, ["country"] = p.Country, ["group"] = p.Group, ["role"] = p.Role, ["id"] = p.Id,
                ["aliases"] = Array(p.Aliases.Select(a => (JsonNode?)JsonValue.Create(a))),
                ["mentions"] = p.Mentions.Count, ["offsets"] = Spans(p.Mentions),
            })),
            ["places"] = Array(d.Places.Select(p => Place(p, withMentions: true))),
            ["events"] = Array(d.Events.Select(e => EventJson(d, e))),
            ["claims"] = Array(d.Claims.Select(c => ClaimJson(d, c))),
            ["content_hash"] = d.ContentHash,
        };
        if (includeText) o["text"] = d.Text;
        return o;
    }

    public static string Serialize(Document d, bool includeText = false, bool indented = false) =>
        ToJson(d, includeText).ToJsonString(indented ? new JsonSerializerOptions(Options) { WriteIndented = true } : Options);

    public static JsonObject Actor(ActorRef a) => new()
    {
        ["country"] = a.Country, ["group"] = a.Group, ["role"] = a.Role, ["name"] = a.Name, ["cameo"] = a.CameoCode,
    };

    private static JsonObject Place(DocumentPlace p, bool withMentions)
    {
        var o = new JsonObject { ["name"] = p.Name, ["country"] = p.Country, ["lat"] = p.Lat, ["lon"] = p.Lon, ["id"] = p.Id };
        if (withMentions)
        {
            o["mentions"] = p.Mentions.Count;
            o["offsets"] = Spans(p.Mentions);
        }
        return o;
    }

    public static JsonObject EventJson(Document d, CodedEvent e) => new()
    {
        ["actor1"] = Actor(e.Actor1),
        ["actor2"] = e.Actor2 is null ? null : Actor(e.Actor2),
        ["code"] = e.Code, ["root"] = e.Root, ["quad"] = e.Quad, ["goldstein"] = e.Goldstein,
        ["date"] = e.Date,
        ["location"] = e.Location is null ? null : Place(e.Location, withMentions: false),
        ["fatalities"] = e.Fatalities,
        ["sentence"] = e.Sentences.Count > 0 ? d.SentenceText(e.Sentences[0]) : null,
        ["sentences"] = Array(e.Sentences.Select(i => (JsonNode?)Span(d.Sentences[i].Span))),
        ["evidence"] = Span(e.Evidence),
        ["pattern"] = e.PatternId,
    };

    public static JsonObject ClaimJson(Document d, Claim c) => new()
    {
        ["value"] = c.Value, ["value_high"] = c.ValueHigh, ["unit"] = c.Unit, ["qualifier"] = c.Qualifier,
        ["subject"] = c.Subject, ["kind"] = c.Kind, ["direction"] = c.Direction, ["period"] = c.Period, ["baseline"] = c.Baseline,
        ["period_part"] = c.PeriodPart, ["period_basis"] = c.PeriodBasis,
        ["source"] = c.Source,
        ["source_actor"] = c.SourceActor is null ? null : Actor(c.SourceActor),
        ["sentence"] = d.SentenceText(c.Sentence),
        ["offsets"] = Span(c.Span),
        ["rule"] = c.RuleId,
    };

    /// <summary>A claim read back from its JSON record (as stored), enough to reconcile it with others.</summary>
    public static Claim ClaimFromJson(JsonObject o) => new()
    {
        Value = (double)o["value"]!,
        ValueHigh = (double?)o["value_high"],
        Unit = (string)o["unit"]!,
        Qualifier = (string?)o["qualifier"] ?? "exact",
        Subject = (string?)o["subject"],
        Kind = (string?)o["kind"] ?? "level",
        Direction = (string?)o["direction"],
        Period = (string?)o["period"],
        Baseline = (string?)o["baseline"],
        PeriodPart = (string?)o["period_part"],
        PeriodBasis = (string?)o["period_basis"],
        Source = (string?)o["source"],
        Span = o["offsets"] is JsonArray { Count: 2 } a ? new TextSpan((int)a[0]!, (int)a[1]!) : default,
        RuleId = (string?)o["rule"] ?? "",
    };

    private static JsonArray Span(TextSpan s) => [s.Start, s.End];

    private static JsonArray Spans(IEnumerable<TextSpan> spans) => Array(spans.Select(s => (JsonNode?)Span(s)));

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new([.. nodes]);
}
