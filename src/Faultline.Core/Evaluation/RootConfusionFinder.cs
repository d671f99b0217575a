using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>
/// Pairs each missed gold event with a spurious system event of the same document (neither matched nor absorbed
/// by an optional gold event) that has the same actors, or failing that the same actor1: when the actors agree
/// but the event did not match, the root is what went wrong, so the pairs show which roots are mistaken for which.
/// Each system event stands for one gold event at most; the gold root shown is the gold's first alternative.
/// </summary>
internal static class RootConfusionFinder
{
    public static List<ConfusedEvent> Find(IReadOnlyList<JsonNode?> gold, IReadOnlyList<JsonNode?> system, SetMatch match)
    {
        var matched = match.Pairs.Select(p => p.Gold).ToHashSet();
        var missed = Enumerable.Range(0, gold.Count).Where(i => !SetMatch.IsOptional(gold[i]) && !matched.Contains(i)).ToList();
        var taken = match.Pairs.Select(p => p.System).Concat(match.Absorbed).ToHashSet();
        var free = Enumerable.Range(0, system.Count).Where(j => !taken.Contains(j)).ToList();
        var partner = new Dictionary<int, int>();
        Pair(missed, free, partner, (g, s) => SameActor(g, s, "actor1") && SameActor(g, s, "actor2"));
        Pair([.. missed.Where(i => !partner.ContainsKey(i))], [.. free.Where(j => !partner.ContainsValue(j))], partner,
            (g, s) => SameActor(g, s, "actor1"));
        return [.. missed.Select(i => partner.TryGetValue(i, out var j)
            ? new ConfusedEvent(GoldRoot(gold[i]), EventRules.SystemRoot(system[j]), Summary(gold[i]), Sentence(system[j]))
            : new ConfusedEvent(GoldRoot(gold[i]), null, Summary(gold[i]), null))];

        bool SameActor(int g, int s, string side) => ActorKeys.Agree(Get(gold[g], side), Get(system[s], side));
    }

    private static void Pair(List<int> gold, List<int> system, Dictionary<int, int> partner, Func<int, int, bool> ok)
    {
        foreach (var p in MaximumMatching.Find(gold.Count, system.Count, (a, b) => ok(gold[a], system[b])))
            partner[gold[p.Gold]] = system[p.System];
    }

    private static string GoldRoot(JsonNode? gold) =>
        Alternatives.Of(Get(gold, "root")).FirstOrDefault() is { } root ? PythonText.Str(root) : "?";

    private static string Summary(JsonNode? gold) => PythonText.Str(Summaries.Summarize("events", gold));

    private static string? Sentence(JsonNode? system) => Get(system, "sentence") is { } s ? PythonText.Str(s) : null;
}
