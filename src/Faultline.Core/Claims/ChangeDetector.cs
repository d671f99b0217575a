namespace Faultline.Core.Claims;

/// <summary>
/// Tells a change ("a 56 per cent rise", "19 percent more deaths", "rose by 20%", "an increase of 500") from a
/// level. Comparatives count only after the figure, where they are not qualifiers ("more than 1,500" is a level),
/// and after a count only with a comparison ("500 more attacks than"): "1,000 more posts" is an amount;
/// "rose to 99" is the level reached, not the change.
/// </summary>
public sealed class ChangeDetector(ChangeWords changes)
{
    private static readonly HashSet<string> Comparatives = new(StringComparer.OrdinalIgnoreCase) { "more", "less", "fewer", "higher", "lower" };

    /// <summary>The direction (rise or fall) when the figure is a change, else null.</summary>
    public string? Direction(IReadOnlyList<WordToken> t, NumberMatch n, string unit)
    {
        if (n.EndToken < t.Count && changes.Direction(t[n.EndToken].Text) is { } after
            && (unit == "percent" || !Comparatives.Contains(t[n.EndToken].Text) || Than(t, n.EndToken)))
            return after;
        int k = n.FirstToken - 1;
        if (k < 0) return null;
        if (t[k].Lower is "by" or "of" && k > 0) k--;
        return Comparatives.Contains(t[k].Text) ? null : changes.Direction(t[k].Text);
    }

    private static bool Than(IReadOnlyList<WordToken> t, int k) =>
        Enumerable.Range(k + 1, Math.Max(0, Math.Min(5, t.Count - k - 1))).Any(j => t[j].Lower == "than");
}
