namespace Faultline.Core.Evaluation;

/// <summary>
/// score.py's max_matching: a maximum bipartite matching by augmenting paths (Kuhn's algorithm), each gold entry
/// trying its candidates in list order, or with a preference, the candidates that agree on more attributes first;
/// then partners are swapped while that makes more pairs agree. Order matters: it decides which of several equal
/// matchings is found, so the loops mirror score.py's exactly.
/// </summary>
internal static class MaximumMatching
{
    /// <summary>The pairs in the order score.py's dict holds them: by system index.</summary>
    public static List<MatchPair> Find(int goldCount, int systemCount, Func<int, int, bool> ok, Func<int, int, int>? preference = null)
    {
        var candidates = new List<int>[goldCount];
        for (var i = 0; i < goldCount; i++)
        {
            var gold = i;
            var list = Enumerable.Range(0, systemCount).Where(j => ok(gold, j));
            candidates[i] = preference is null ? [.. list] : [.. list.OrderBy(j => -preference(gold, j))];
        }
        var matchedGold = Enumerable.Repeat(-1, systemCount).ToArray();
        for (var i = 0; i < goldCount; i++) Augment(i, [], candidates, matchedGold);
        var pairs = new List<MatchPair>();
        for (var j = 0; j < systemCount; j++)
            if (matchedGold[j] != -1) pairs.Add(new MatchPair(matchedGold[j], j));
        if (preference is not null) ImproveBySwapping(pairs, ok, preference);
        return pairs;
    }

    private static bool Augment(int gold, HashSet<int> seen, List<int>[] candidates, int[] matchedGold)
    {
        foreach (var j in candidates[gold])
        {
            if (!seen.Add(j)) continue;
            if (matchedGold[j] == -1 || Augment(matchedGold[j], seen, candidates, matchedGold))
            {
                matchedGold[j] = gold;
                return true;
            }
        }
        return false;
    }

    private static void ImproveBySwapping(List<MatchPair> pairs, Func<int, int, bool> ok, Func<int, int, int> pref)
    {
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var x = 0; x < pairs.Count; x++)
                for (var y = x + 1; y < pairs.Count; y++)
                {
                    var ((g1, s1), (g2, s2)) = (pairs[x], pairs[y]);
                    if (ok(g1, s2) && ok(g2, s1) && pref(g1, s2) + pref(g2, s1) > pref(g1, s1) + pref(g2, s2))
                    {
                        pairs[x] = new MatchPair(g1, s2);
                        pairs[y] = new MatchPair(g2, s1);
                        improved = true;
                    }
                }
        }
    }
}
