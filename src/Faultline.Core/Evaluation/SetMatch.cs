using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>
/// score.py's match_with_optional and score_set: required gold entries are matched first (with the attribute
/// preference); system entries left over that an optional gold entry accepts are absorbed, neither true nor false
/// positives. A second system entry for the same gold entry stays unmatched, so it counts as a false positive.
/// </summary>
internal sealed class SetMatch
{
    private SetMatch(List<MatchPair> pairs, HashSet<int> absorbed, int required, int systemCount)
    {
        Pairs = pairs;
        Absorbed = absorbed;
        TruePositives = pairs.Count;
        FalsePositives = systemCount - pairs.Count - absorbed.Count;
        FalseNegatives = required - pairs.Count;
    }

    /// <summary>Required gold entries and their system partners, in score.py's order.</summary>
    public List<MatchPair> Pairs { get; }

    /// <summary>System entries taken up by optional gold entries.</summary>
    public HashSet<int> Absorbed { get; }

    public int TruePositives { get; }
    public int FalsePositives { get; }
    public int FalseNegatives { get; }

    public static SetMatch Match(IReadOnlyList<JsonNode?> gold, IReadOnlyList<JsonNode?> system,
        Func<JsonNode?, JsonNode?, bool> ok, Func<JsonNode?, JsonNode?, int>? preference)
    {
        var required = Enumerable.Range(0, gold.Count).Where(i => !IsOptional(gold[i])).ToArray();
        var optional = Enumerable.Range(0, gold.Count).Where(i => IsOptional(gold[i])).ToArray();
        Func<int, int, int>? pref = preference is null ? null : (a, j) => preference(gold[required[a]], system[j]);
        var pairs = MaximumMatching.Find(required.Length, system.Count, (a, j) => ok(gold[required[a]], system[j]), pref)
            .Select(p => new MatchPair(required[p.Gold], p.System)).ToList();
        var used = pairs.Select(p => p.System).ToHashSet();
        var rest = Enumerable.Range(0, system.Count).Where(j => !used.Contains(j)).ToArray();
        var absorbed = MaximumMatching.Find(optional.Length, rest.Length, (a, b) => ok(gold[optional[a]], system[rest[b]]))
            .Select(p => rest[p.System]).ToHashSet();
        return new SetMatch(pairs, absorbed, required.Length, system.Count);
    }

    public static bool IsOptional(JsonNode? entry) => PythonValues.Truthy(PythonValues.Get(entry, "optional"));
}
