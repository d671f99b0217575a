using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// How often each pair of sides has acted on the other so far in an article: a mediator stands between the pair the
/// article is mostly about ("with Qatar and Turkey as mediators"), not the pair of the last act told (a bombing the
/// officials blamed on the TTP).
/// </summary>
internal sealed class DyadCounts
{
    private readonly Dictionary<string, (int Count, int Last, ActorRef A, ActorRef B)> _seen = new(StringComparer.Ordinal);
    private int _order;

    public void Add(ActorRef a, ActorRef b)
    {
        var key = Key(a, b);
        _seen[key] = (_seen.TryGetValue(key, out var old) ? old.Count + 1 : 1, ++_order, a, b);
    }

    /// <summary>The pair seen most often (the later one on a tie), or null before any.</summary>
    public (ActorRef A, ActorRef B)? Main =>
        _seen.Count == 0 ? null : _seen.Values.OrderByDescending(v => v.Count).ThenByDescending(v => v.Last).Select(v => (v.A, v.B)).First();

    // A state with its government, forces and people is one side; an armed group is its own.
    private static string Key(ActorRef a, ActorRef b)
    {
        static string Side(ActorRef x) => x.Group ?? x.Country ?? x.Key;
        var (x, y) = (Side(a), Side(b));
        return string.CompareOrdinal(x, y) <= 0 ? x + "|" + y : y + "|" + x;
    }
}
