using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>An actor's key is its group where it has one, else its country (spec: "What the scorer does").</summary>
internal static class ActorKeys
{
    public static string? Key(JsonNode? actor)
    {
        if (actor is null || actor is JsonArray) return null;
        if (actor is JsonObject)
        {
            var group = Get(actor, "group");
            var chosen = Truthy(group) ? group : Get(actor, "country");
            var key = Truthy(chosen) ? PythonText.Upper(PythonText.Str(chosen)) : "";
            return key.Length > 0 ? key : null;
        }
        return actor.GetValueKind() == System.Text.Json.JsonValueKind.String ? PythonText.Upper(actor.GetValue<string>()) : null;
    }

    /// <summary>Whether the system actor agrees with any gold alternative; a null gold actor agrees only with null.</summary>
    public static bool Agree(JsonNode? gold, JsonNode? system)
    {
        foreach (var g in Alternatives.Of(gold))
        {
            if (g is null && system is null) return true;
            if (g is null || system is null) continue;
            var key = Key(g);
            if (key is not null && key == Key(system)) return true;
        }
        return false;
    }
}
