namespace Faultline.Core.Claims;

/// <summary>
/// Tells a change ("a 56 per cent rise", "19 percent more deaths", "rose by 20%", "an increase of 500") from a
/// level. Comparatives count only after the figure, where they are not qualifiers ("more than 1,500" is a level);
/// "rose to 99" is the level reached, not the change.
/// </summary>
public sealed class ChangeDetector(ChangeWords changes)
{
    private static readonly HashSet<string> Comparatives = new(StringComparer.OrdinalIgnoreCase) { "more", "less", "fewer", "higher", "lower" };

    /// <summary>The direction (rise or fall) when the figure is a change, else null.</summary>
    public string? Direction(IReadOnlyList<WordToken> t, NumberMatch n)
    {
        if (n.EndToken < t.Count && changes.Direction(t[n.EndToken].Text) is { } after) return after;
        int k = n.FirstToken - 1;
        if (k < 0) return null;
        if (t[k].Lower is "by" or "of" && k > 0) k--;
        return Comparatives.Contains(t[k].Text) ? null : changes.Direction(t[k].Text);
    }
}
