using Faultline.Core.Aggregation;
using Faultline.Core.Documents;
using Faultline.Tests.Support;

namespace Faultline.Tests.Aggregation;

public class StoryBuilderTests
{
    private static readonly ActorRef Pak = new("PAK", null, "MIL", "Pakistan");
    private static readonly ActorRef Afg = new("AFG", null, null, "Afghanistan");
    private static readonly ActorRef Ttp = new("PAK", "TTP", "INS", "TTP");

    private static StoryBuilder Builder => TestPaths.Knowledge.StoryBuilder();

    private static StoryEvent E(long id, string doc, string code, string? date, ActorRef a1, ActorRef? a2, string? place = null, int? dead = null) =>
        new(id, doc, doc + " outlet", code, date, a1, a2, place, null, null, dead, $"sentence {id} about the border");

    [Fact]
    public void TheSameStrikeReportedDifferentlyIsOneStory()
    {
        var stories = Builder.Build([
            E(1, "a", "195", "2031-04", Pak, Afg, "Khost", 8),
            E(2, "b", "190", "2031-04-16", Pak, null, "Khost", 47),
            E(3, "c", "195", "2031", Pak, Afg),
        ]);
        var story = Assert.Single(stories);
        Assert.Equal("2031-04-16", story.Date);
        Assert.Equal(["a", "b", "c"], story.Sources);
        Assert.Equal((8, 47), (story.FatalitiesLow, story.FatalitiesHigh));
        Assert.Equal("Khost", story.Location);
    }

    [Fact]
    public void StrikesInDifferentMonthsOrPlacesStayApart()
    {
        var stories = Builder.Build([
            E(1, "a", "195", "2031-04", Pak, Afg, "Khost"),
            E(2, "b", "195", "2033-03", Pak, Afg, "Khost"),
            E(3, "c", "195", "2031-04", Pak, Afg, "Kunar"),
        ]);
        Assert.Equal(3, stories.Count);
    }

    [Fact]
    public void DifferentTargetsOrActorsAreDifferentStories()
    {
        var stories = Builder.Build([
            E(1, "a", "190", "2031-05", Pak, Ttp),
            E(2, "b", "190", "2031-05", Pak, Afg),
            E(3, "c", "180", "2031-05", Ttp, Pak),
        ]);
        Assert.Equal(3, stories.Count);
    }

    [Fact]
    public void UndatedEventsAreNotMergedOnLooks()
    {
        Assert.Equal(2, Builder.Build([E(1, "a", "180", null, Ttp, Pak), E(2, "b", "180", null, Ttp, Pak)]).Count);
    }

    [Fact]
    public void BuildingIncrementallyEqualsBuildingAtOnce()
    {
        var all = Enumerable.Range(1, 40).Select(i => E(i, $"d{i % 7}", i % 3 == 0 ? "195" : "112", i % 5 == 0 ? null : $"2031-{1 + i % 4:D2}", i % 2 == 0 ? Pak : Ttp, i % 4 == 0 ? null : Afg, i % 6 == 0 ? "Khost" : null)).ToList();
        string Key(IEnumerable<Story> s) => string.Join("\n", s.OrderBy(x => x.Id).Select(x => $"{x.Id} {x.Date} {x.Code} {string.Join(",", x.Events)}"));
        var batch = Builder.Build(all);
        // Incremental: stories of the first half, then rebuild only the blocks the second half touches.
        var first = Builder.Build(all.Take(20)).ToList();
        var touched = all.Skip(20).Select(e => e.Block).ToHashSet();
        var rebuilt = first.Where(s => !touched.Contains(s.Block)).Concat(Builder.Build(all.Where(e => touched.Contains(e.Block))));
        Assert.Equal(Key(batch), Key(rebuilt));
        Assert.Equal(Key(batch), Key(Builder.Build(Enumerable.Reverse(all))));
    }

    [Fact]
    public void StoriesAreTaggedWithTheirIssues()
    {
        var e = E(1, "a", "174", "2031", Pak, Afg) with { Sentence = "Pakistan deported thousands of undocumented Afghan migrants across the border." };
        var story = Assert.Single(Builder.Build([e]));
        Assert.Contains("refugees", story.Issues);
        Assert.Contains("border", story.Issues);
        Assert.DoesNotContain("aid", story.Issues);
    }
}
