namespace Faultline.Core.Aggregation;

/// <summary>Completes actor and people profiles from the stories: first and last appearance, story count, most frequent counterparts.</summary>
public static class ActorRegistry
{
    public const int TopCounterparts = 3;

    /// <summary>
    /// People's profiles: the stories in which a person acts or is acted on (by name, as the text named them),
    /// with the first and last of those and the actors on the other side.
    /// </summary>
    public static IReadOnlyList<ActorProfile> BuildPeople(IEnumerable<ActorProfile> people, IReadOnlyCollection<Story> stories) =>
        people.Select(p =>
        {
            var mine = stories.SelectMany(s => new[] { (Self: s.Actor1, Other: s.Actor2, Story: s), (Self: s.Actor2, Other: (Documents.ActorRef?)s.Actor1, Story: s) })
                .Where(x => x.Self is not null && Names(x.Self.Name, p.Name)).ToList();
            return Complete(p, mine.Select(x => (x.Other?.Key, x.Story)).ToList());
        }).ToList();

    private static bool Names(string written, string person) =>
        written.Contains(person, StringComparison.OrdinalIgnoreCase);

    private static ActorProfile Complete(ActorProfile a, List<(string? Other, Story Story)> mine)
    {
        if (mine.Count == 0) return a;
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
    }

    public static IReadOnlyList<ActorProfile> Build(IEnumerable<ActorProfile> actors, IReadOnlyCollection<Story> stories)
    {
        var byKey = stories
            .SelectMany(s => new[] { (Key: s.Actor1.Key, Other: s.Actor2?.Key, Story: s), (Key: s.Actor2?.Key ?? "", Other: (string?)s.Actor1.Key, Story: s) })
            .Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        return actors.Select(a => byKey.TryGetValue(a.Key, out var mine) ? Complete(a, mine.Select(x => (x.Other, x.Story)).ToList()) : a).ToList();
    }
}
