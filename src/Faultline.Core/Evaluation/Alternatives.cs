using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>A gold value may be a list of acceptable alternatives (score.py's alts and as_list).</summary>
internal static class Alternatives
{
    /// <summary>The value's alternatives: the list itself, or the single value (null included).</summary>
    public static IReadOnlyList<JsonNode?> Of(JsonNode? value) => value is JsonArray a ? [.. a] : [value];

    /// <summary>The entries of a list field; anything else holds none.</summary>
    public static IReadOnlyList<JsonNode?> Entries(JsonNode? value) => value is JsonArray a ? [.. a] : [];
}
