using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>score.py's summarize(): how a missed gold entry is listed ("AFG -> PAK root 17/15 2021-12").</summary>
internal static class Summaries
{
    public static JsonNode? Summarize(string kind, JsonNode? gold) => kind switch
    {
        "events" => Event(gold),
        "claims" => $"{PythonText.Str(Get(gold, "value"))} {Default(gold, "unit")} {Default(gold, "subject")}".Trim(),
        "actors" => gold is JsonObject ? ActorKeys.Key(gold) : PythonText.Str(gold),
        _ => Has(gold, "name") ? Get(gold, "name")?.DeepClone() : PythonText.Str(gold),
    };

    private static string Event(JsonNode? g)
    {
        var date = Get(g, "date");
        var roots = string.Join('/', Alternatives.Of(Get(g, "root")).Select(PythonText.Str));
        return $"{Actors(Get(g, "actor1"))} -> {Actors(Get(g, "actor2"))} root {roots} {(Truthy(date) ? PythonText.Str(date) : "")}".Trim();
    }

    private static string Actors(JsonNode? actor) =>
        string.Join('/', Alternatives.Of(actor).Select(a => Truthy(a) ? ActorKeys.Key(a) ?? "-" : "-"));

    /// <summary>g.get(key, ''): the empty string only when the key is absent; a null value prints as None.</summary>
    private static string Default(JsonNode? g, string key) => Has(g, key) ? PythonText.Str(Get(g, key)) : "";
}
