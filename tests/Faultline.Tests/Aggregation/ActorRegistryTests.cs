using Faultline.Core.Aggregation;
using Faultline.Core.Documents;

namespace Faultline.Tests.Aggregation;

public class ActorRegistryTests
{
    private static Story S(string id, string? date, string a1, string? a2, double goldstein) => new()
    {
        Id = id, Block = "x", Date = date, Code = "190", Goldstein = goldstein,
        Actor1 = new ActorRef(a1, null, null, a1), Actor2 = a2 is null ? null : new ActorRef(a2, null, null, a2),
        Sources = ["d"], Outlets = [], Events = [1], Summary = "",
    };

    [Fact]
    public void ProfilesGiveFirstAndLastAppearanceAndCounterparts()
    {
        var stories = new[]
        {
            S("s1", "2031-02", "PAK", "AFG", -10), S("s2", "2030-05", "AFG", "PAK", 4), S("s3", null, "PAK", "IND", -2),
            S("s4", "2032", "PAK", "AFG", -6), S("s5", "2031", "CHN", "PAK", 3.5),
        };
        var pak = Assert.Single(ActorRegistry.Build([new ActorProfile("PAK", "Pakistan", "PAK", null, 3, 40)], stories));
        Assert.Equal("2030-05", pak.FirstSeen);
        Assert.Equal("2032", pak.LastSeen);
        Assert.Equal(5, pak.Stories);
        Assert.Equal("AFG", pak.Counterparts[0].Key);
        Assert.Equal(3, pak.Counterparts[0].Stories);
        Assert.Equal(-4.0, pak.Counterparts[0].MeanGoldstein);
        Assert.Equal(3, pak.Counterparts.Count);
    }

    [Fact]
    public void AnActorInNoStoryKeepsItsCounts()
    {
        var ind = Assert.Single(ActorRegistry.Build([new ActorProfile("IND", "India", "IND", null, 2, 5)], []));
        Assert.Null(ind.FirstSeen);
        Assert.Equal(5, ind.Mentions);
    }

    [Fact]
    public void PeopleAppearInTheStoriesThatNameThem()
    {
        var story = S("s1", "2031-02", "PAK", "AFG", -10) with { Actor1 = new ActorRef("PAK", null, "GOV", "Prime Minister Jane Roe") };
        var person = Assert.Single(ActorRegistry.BuildPeople([new ActorProfile("p1", "Jane Roe", "PAK", null, 1, 2)], [story, S("s2", "2032", "IND", "CHN", 1)]));
        Assert.Equal(1, person.Stories);
        Assert.Equal("2031-02", person.FirstSeen);
        Assert.Equal("AFG", Assert.Single(person.Counterparts).Key);
    }
}
