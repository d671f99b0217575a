using Faultline.Core.Coding;
using Faultline.Core.Documents;

namespace Faultline.Tests.Coding;

public class EventMergerTests
{
    private static readonly ActorRef Nameless = new("PAK", null, "INS", "bomber");
    private static readonly ActorRef Ttp = new("PAK", "TTP", "INS", "Pakistani Taliban");
    private static readonly ActorRef Police = new("PAK", null, "COP", "police");

    private static CodedEvent Blow(ActorRef by, ActorRef on, string date, int sentence, string pattern) =>
        new() { Actor1 = by, Actor2 = on, Code = "180", Date = date, Sentences = [sentence], PatternId = pattern };

    [Fact]
    public void ABlowByNamelessMilitantsAndTheSameBlowClaimedByAGroupOfTheirCountryAreOneActTheGroups()
    {
        // "The bomber struck on Monday ... Hours after the attack, a TTP commander claimed responsibility".
        var merged = EventMerger.Merge([Blow(Nameless, Police, "2031-01-30", 2, "v:attack.verb"), Blow(Ttp, Police, "2031-01-30", 5, "n:attack")]);
        var blow = Assert.Single(merged);
        Assert.Equal(Ttp.Key, blow.Actor1.Key);
        Assert.Equal([2, 5], blow.Sentences);
    }

    [Fact]
    public void BlowsOnDifferentDaysStayTwo()
    {
        var merged = EventMerger.Merge([Blow(Nameless, Police, "2031-01-30", 2, "v:attack.verb"), Blow(Ttp, Police, "2031-01-28", 5, "n:attack")]);
        Assert.Equal(2, merged.Count);
    }
}
