using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Which names to keep where matches overlap: the longest wins; between equal spans an exact match beats a
/// typo, and a person or organisation beats a state, a metonym, a demonym and a place. Role nouns and short
/// references are kept apart: they only fill the gaps the names leave.
/// </summary>
public static class OverlapPolicy
{
    public static (List<TrieMatch> Names, List<TrieMatch> Others) Select(IEnumerable<TrieMatch> matches)
    {
        var all = matches.ToList();
        var names = Greedy(all.Where(m => m.Targets.Any(IsName)).Select(m => m with { Targets = [.. m.Targets.Where(IsName)] }), []);
        var others = Greedy(all.Where(m => m.Targets.Any(t => !IsName(t))).Select(m => m with { Targets = [.. m.Targets.Where(t => !IsName(t))] }), names);
        return (names, others);
    }

    private static bool IsName(NameTarget t) => t.Kind is not (TargetKind.RoleNoun or TargetKind.RoleModifier or TargetKind.Reference);

    private static List<TrieMatch> Greedy(IEnumerable<TrieMatch> matches, List<TrieMatch> taken)
    {
        var kept = new List<TrieMatch>();
        var used = new HashSet<int>(taken.SelectMany(m => Enumerable.Range(m.Start, m.Length)));
        foreach (var m in matches.OrderByDescending(m => m.Length).ThenBy(m => m.Fuzzy).ThenBy(m => m.Targets.Min(Priority)).ThenBy(m => m.Start))
        {
            if (Enumerable.Range(m.Start, m.Length).Any(used.Contains)) continue;
            kept.Add(m);
            used.UnionWith(Enumerable.Range(m.Start, m.Length));
        }
        return [.. kept.OrderBy(m => m.Start)];
    }

    public static int Priority(NameTarget t) => t.Kind switch
    {
        TargetKind.Person => 0,
        TargetKind.Organisation or TargetKind.Conflict => 1,
        TargetKind.State => 2,
        TargetKind.Metonym => 3,
        TargetKind.Demonym => 4,
        TargetKind.Place => 5,
        _ => 6,
    };
}
