using Faultline.Core.Aggregation;

namespace Faultline.Web.Api;

/// <summary>
/// A pair of actors and the stories between them, in either direction: how many, their mean Goldstein score
/// (-10 conflict to +10 cooperation) and how many fall in the conflict quad classes (3 and 4).
/// </summary>
internal sealed record DyadLink(string A, string B, int Stories, double GoldsteinMean, int Conflict)
{
    public static IReadOnlyList<DyadLink> From(IEnumerable<Story> stories) =>
        stories.Where(s => s.Actor2 is not null && s.Actor1.Key != "" && s.Actor2.Key != "" && s.Actor1.Key != s.Actor2.Key)
            .GroupBy(s => string.CompareOrdinal(s.Actor1.Key, s.Actor2!.Key) < 0 ? (s.Actor1.Key, s.Actor2.Key) : (s.Actor2.Key, s.Actor1.Key))
            .Select(g => new DyadLink(g.Key.Item1, g.Key.Item2, g.Count(), Math.Round(g.Average(s => s.Goldstein), 2), g.Count(s => s.Quad >= 3)))
            .OrderByDescending(l => l.Stories).ThenBy(l => l.A, StringComparer.Ordinal).ThenBy(l => l.B, StringComparer.Ordinal)
            .ToList();
}
