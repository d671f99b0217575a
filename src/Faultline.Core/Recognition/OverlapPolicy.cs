using System.Runtime.CompilerServices;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Which names to keep where matches overlap: the longest wins; between equal spans an exact match beats a
/// typo, and a person or organisation beats a state, a metonym, a demonym and a place. Role nouns and short
/// references are kept apart: they only fill the gaps the names leave.
/// </summary>
public static class OverlapPolicy
{
    public static (List<TrieMatch> Names, List<TrieMatch> Others) Select(List<TrieMatch> matches)
    {
        var names = new List<TrieMatch>();
        var others = new List<TrieMatch>();
        foreach (var m in matches)
        {
            int kinds = 0;
            for (int i = 0; i < m.Targets.Count; i++) kinds |= IsName(m.Targets[i]) ? 1 : 2;
            // Most matches are one or the other; only a name that is also a role noun is split.
            if (kinds == 1) names.Add(m);
            else if (kinds == 2) others.Add(m);
            else
            {
                names.Add(m with { Targets = [.. m.Targets.Where(IsName)] });
                others.Add(m with { Targets = [.. m.Targets.Where(t => !IsName(t))] });
            }
        }
        int width = 0;
        foreach (var m in matches) width = Math.Max(width, m.End);
        var used = new bool[width];
        var keptNames = Greedy(names, used);
        // "the Iranian Foreign Office": a name that is also a role noun, right after a state or its demonym, is that
        // state's office, not the organisation the name stands for alone (the knowledge base's "Foreign Office" is Pakistan's).
        for (int i = keptNames.Count - 1; i > 0; i--)
        {
            var m = keptNames[i];
            if (keptNames[i - 1] is { } state && state.End == m.Start && state.Targets.Any(t => t.Kind is TargetKind.State or TargetKind.Demonym)
                && others.Any(o => o.Start == m.Start && o.End == m.End && o.Targets.Any(t => t.Kind == TargetKind.RoleNoun)))
            {
                keptNames.RemoveAt(i);
                for (int k = m.Start; k < m.End; k++) used[k] = false;
            }
        }
        return (keptNames, Greedy(others, used));
    }

    private static bool IsName(NameTarget t) => t.Kind is not (TargetKind.RoleNoun or TargetKind.RoleModifier or TargetKind.Reference);

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<TrieMatch> Greedy(List<TrieMatch> matches, bool[] used)
    {
        // One sort key per match (longer, exact, higher priority, earlier first), computed once.
        var keys = new long[matches.Count];
        var items = matches.ToArray();
        for (int i = 0; i < items.Length; i++)
            keys[i] = ((long)(255 - Math.Min(items[i].Length, 255)) << 40) | ((items[i].Fuzzy ? 1L : 0L) << 39)
                | ((long)Best(items[i]) << 32) | (uint)items[i].Start;
        Array.Sort(keys, items);
        var kept = new List<TrieMatch>();
        foreach (var m in items)
        {
            bool free = true;
            for (int k = m.Start; k < m.End && free; k++) free = !used[k];
            if (!free) continue;
            kept.Add(m);
            for (int k = m.Start; k < m.End; k++) used[k] = true;
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static int Best(TrieMatch m)
    {
        int best = 7;
        for (int i = 0; i < m.Targets.Count; i++) best = Math.Min(best, Priority(m.Targets[i]));
        return best;
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
