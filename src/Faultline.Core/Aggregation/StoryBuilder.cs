using Faultline.Core.Coding;
using Faultline.Core.Documents;

namespace Faultline.Core.Aggregation;

/// <summary>
/// Merges events from many documents into stories. Events merge only within a block (same root, same actor1),
/// when their targets are compatible (equal, or one unknown), their dates agree at the coarser precision and
/// their places are compatible. Undated events stay stories of their own: without a date, two reports of "an
/// airstrike" cannot be told to be the same act. The result depends only on the set of events (they are sorted
/// first), so rebuilding a block after new documents gives what building everything at once would.
/// </summary>
public sealed class StoryBuilder(CameoCodes codes, IssueLexicon issues)
{
    public IReadOnlyList<Story> Build(IEnumerable<StoryEvent> events) =>
        events.GroupBy(e => e.Block).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(BuildBlock).ToList();

    public IEnumerable<Story> BuildBlock(IEnumerable<StoryEvent> block)
    {
        var ordered = block
            .OrderByDescending(e => e.Date?.Length ?? 0)
            .ThenBy(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Doc, StringComparer.Ordinal)
            .ThenBy(e => e.Id);
        var clusters = new List<List<StoryEvent>>();
        foreach (var e in ordered)
        {
            var home = e.Date is null ? null : clusters.FirstOrDefault(c => c[0].Date is not null && c.All(m => Compatible(m, e)));
            if (home is null) clusters.Add([e]);
            else home.Add(e);
        }
        return clusters.Select(Reconcile);
    }

    private static bool Compatible(StoryEvent a, StoryEvent b) =>
        (a.Actor2 is null || b.Actor2 is null || a.Actor2.Key == b.Actor2.Key)
        && EventMerger.DatesAgree(a.Date, b.Date)
        && (a.Location is null || b.Location is null || string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase) || a.Doc == b.Doc);

    private Story Reconcile(List<StoryEvent> events)
    {
        var code = events.GroupBy(e => e.Code).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key).First().Key;
        var date = events.Select(e => e.Date).OrderByDescending(d => d?.Length ?? 0).First();
        var actor1 = MostCommon(events.Select(e => e.Actor1))!;
        var actor2 = MostCommon(events.Select(e => e.Actor2).OfType<ActorRef>());
        var place = events.Where(e => e.Location is not null).GroupBy(e => e.Location!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault()?.First();
        var deaths = events.Select(e => e.Fatalities).OfType<int>().ToList();
        var sources = events.Select(e => e.Doc).Distinct().Order(StringComparer.Ordinal).ToList();
        var evidence = events.OrderBy(e => e.Sentence.Length).First().Sentence;
        return new Story
        {
            Id = StoryId(events),
            Block = events[0].Block,
            Date = date,
            Code = code,
            Quad = CameoCodes.Quad(code),
            Goldstein = codes.Goldstein(code),
            Actor1 = actor1,
            Actor2 = actor2,
            Location = place?.Location,
            Lat = place?.Lat,
            Lon = place?.Lon,
            FatalitiesLow = deaths.Count > 0 ? deaths.Min() : null,
            FatalitiesHigh = deaths.Count > 0 ? deaths.Max() : null,
            Sources = sources,
            Outlets = events.Select(e => e.Outlet).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
            Events = events.Select(e => e.Id).Order().ToList(),
            Summary = $"{actor1.Name} → {actor2?.Name ?? "—"}: {codes.Name(code)}. “{Shorten(evidence)}”",
            Issues = issues.Tag(events.Select(e => e.Sentence)),
        };
    }

    private static ActorRef? MostCommon(IEnumerable<ActorRef> actors) =>
        actors.GroupBy(a => (a.Key, a.Role)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Role is null).ThenBy(g => g.Key.Key).FirstOrDefault()?.First();

    /// <summary>A stable id: the lowest event id of the story, so that rebuilding gives the same ids.</summary>
    private static string StoryId(List<StoryEvent> events) => $"s{events.Min(e => e.Id)}";

    private static string Shorten(string sentence) => sentence.Length <= 160 ? sentence : sentence[..157].TrimEnd() + "…";
}
