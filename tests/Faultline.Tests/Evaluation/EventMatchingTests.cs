using Faultline.Core.Evaluation;

namespace Faultline.Tests.Evaluation;

public sealed class EventMatchingTests
{
    private const string Strike = """{"actor1": {"country": "AFG", "group": "TAL"}, "actor2": {"country": "PAK"}, "root": "19", "code": "190"}""";

    [Fact]
    public void IdenticalEventIsATruePositive()
    {
        var r = Eval.Score($$"""{"events": [{{Strike}}]}""", $$"""{"events": [{{Strike}}]}""");
        Assert.Equal((1, 0, 0), (r.Counts("events").Tp, r.Counts("events").Fp, r.Counts("events").Fn));
        Assert.Equal(1.0, r.Counts("events").F1);
    }

    [Fact]
    public void SystemRootMayBeAnyGoldAlternative()
    {
        var r = Eval.Score("""{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": ["17", "13"]}]}""",
            """{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "13"}]}""");
        Assert.Equal(1, r.Counts("events").Tp);
    }

    [Fact]
    public void RootComesFromTheCodeWhenTheSystemGivesNone()
    {
        var r = Eval.Score("""{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "17"}]}""",
            """{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "code": "173"}]}""");
        Assert.Equal(1, r.Counts("events").Tp);
    }

    [Fact]
    public void GoldActorAlternativesMayIncludeNoTarget()
    {
        const string gold = """{"events": [{"actor1": {"country": "PAK"}, "actor2": [null, {"country": "AFG", "group": "TAL"}], "root": "01"}]}""";
        Assert.Equal(1, Eval.Score(gold, """{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "01"}]}""").Counts("events").Tp);
        Assert.Equal(1, Eval.Score(gold, """{"events": [{"actor1": {"country": "PAK"}, "actor2": {"group": "tal"}, "root": "01"}]}""").Counts("events").Tp);
        Assert.Equal(0, Eval.Score(gold, """{"events": [{"actor1": {"country": "PAK"}, "actor2": {"country": "AFG"}, "root": "01"}]}""").Counts("events").Tp);
    }

    [Fact]
    public void ActorKeyIsTheGroupWhereThereIsOne()
    {
        var r = Eval.Score($$"""{"events": [{{Strike}}]}""",
            """{"events": [{"actor1": {"country": "AFG"}, "actor2": {"country": "PAK"}, "root": "19"}]}""");
        Assert.Equal((0, 1, 1), (r.Counts("events").Tp, r.Counts("events").Fp, r.Counts("events").Fn));
    }

    [Fact]
    public void NoTargetInGoldAgreesOnlyWithNoTarget()
    {
        var r = Eval.Score("""{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "01"}]}""",
            """{"events": [{"actor1": {"country": "PAK"}, "actor2": {"country": "AFG"}, "root": "01"}]}""");
        Assert.Equal(0, r.Counts("events").Tp);
    }

    [Fact]
    public void MatchingPrefersThePairingWhereAttributesAgree()
    {
        // Both system events match both gold events on root and actors; only the dates tell them apart.
        var r = Eval.Score("""
            {"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "date": "2021-05"},
                        {"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "date": "2021-11"}]}
            """, """
            {"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "date": "2021-11-02"},
                        {"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "date": "2021-05-30"}]}
            """);
        Assert.Equal(2, r.Counts("events").Tp);
        Assert.Equal((2, 2), (r.EventAttributes["date"].Ok, r.EventAttributes["date"].N));
    }
}
