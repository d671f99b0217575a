using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>The normalised names a gold person or place answers to: its name and its aliases.</summary>
internal static class NameSets
{
    public static HashSet<string> Of(JsonNode? entry)
    {
        var names = new List<JsonNode?> { Get(entry, "name") };
        names.AddRange(Aliases(Get(entry, "aliases")));
        return [.. names.Where(Truthy).Select(NameNormalizer.Normalize)];
    }

    /// <summary>The names of every alternative of a gold value (an event's location may list several places).</summary>
    public static HashSet<string> OfAlternatives(JsonNode? value)
    {
        var names = new HashSet<string>();
        foreach (var alt in Alternatives.Of(value)) names.UnionWith(Of(alt));
        return names;
    }

    /// <summary>list(aliases): a list's items, a string's characters, an object's keys.</summary>
    private static IEnumerable<JsonNode?> Aliases(JsonNode? aliases) => aliases switch
    {
        JsonArray a => a,
        JsonObject o => o.Select(p => (JsonNode?)JsonValue.Create(p.Key)),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String =>
            v.GetValue<string>().EnumerateRunes().Select(r => (JsonNode?)JsonValue.Create(r.ToString())),
        _ => [],
    };
}
