namespace Faultline.Core.Aggregation;

/// <summary>Completes actor profiles from the stories: first and last appearance, story count, most frequent counterparts.</summary>
public static class ActorRegistry
{
    public const int TopCounterparts = 3;

    public static IReadOnlyList<ActorProfile> Build(IEnumerable<ActorProfile> actors, IReadOnlyCollection<Story> stories)
    {
        var byKey = stories
            .SelectMany(s => new[] { (Key: s.Actor1.Key, Other: s.Actor2?.Key, Story: s), (Key: s.Actor2?.Key ?? "", Other: (string?)s.Actor1.Key, Story: s) })
            .Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        return actors.Select(a =>
        {
            if (!byKey.TryGetValue(a.Key, out var mine)) return a;
            var dated = mine.Select(x => x.Story.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
            var counterparts = mine.Where(x => x.Other is not null && !string.Equals(x.Other, a.Key, StringComparison.OrdinalIgnoreCase))
                .GroupBy(x => x.Other!)
                .Select(g => new Counterpart(g.Key, g.Select(x => x.Story.Id).Distinct().Count(), Math.Round(g.Average(x => x.Story.Goldstein), 2)))
                .OrderByDescending(c => c.Stories).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(TopCounterparts).ToList();
            return a with
            {
                FirstSeen = dated.FirstOrDefault(),
                LastSeen = dated.LastOrDefault(),
                Stories = mine.Select(x => x.Story.Id).Distinct().Count(),
                Counterparts = counterparts,
            };
        }).ToList();
    }
}
