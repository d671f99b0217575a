using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>Actors match on their keys; people and places on a name the gold entry answers to.</summary>
internal static class EntryRules
{
    public static bool ActorMatches(JsonNode? gold, JsonNode? system) => ActorKeys.Agree(gold, system);

    public static bool NameMatches(JsonNode? gold, JsonNode? system) =>
        NameSets.Of(gold).Contains(NameNormalizer.Normalize(PythonValues.Get(system, "name")));
}
