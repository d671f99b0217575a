namespace Faultline.Tests.Evaluation;

public sealed class OptionalAndDuplicateTests
{
    private const string Gold = """
        {"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19"},
                    {"actor1": {"country": "PAK"}, "actor2": null, "root": "01", "optional": true}]}
        """;

    [Fact]
    public void MatchedOptionalEntryNeitherRewardsNorPenalises()
    {
        var r = Eval.Score(Gold, """
            {"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19"},
                        {"actor1": {"country": "PAK"}, "actor2": null, "root": "01"}]}
            """);
        Assert.Equal((1, 0, 0), (r.Counts("events").Tp, r.Counts("events").Fp, r.Counts("events").Fn));
    }

    [Fact]
    public void MissedOptionalEntryIsNotAFalseNegative()
    {
        var r = Eval.Score(Gold, """{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19"}]}""");
        Assert.Equal((1, 0, 0), (r.Counts("events").Tp, r.Counts("events").Fp, r.Counts("events").Fn));
        Assert.Empty(r.Documents[0].Kind("events")!.Missed);
    }

    [Fact]
    public void SecondSystemEntryForTheSameGoldEntryIsAFalsePositive()
    {
        var r = Eval.Score("""{"people": [{"name": "Imran Khan"}]}""", """{"people": [{"name": "Imran Khan"}, {"name": "imran khan"}]}""");
        Assert.Equal((1, 1, 0), (r.Counts("people").Tp, r.Counts("people").Fp, r.Counts("people").Fn));
    }

    [Fact]
    public void KindsTheGoldLeavesOutAreNotScored()
    {
        var r = Eval.Score("""{"people": []}""", """{"places": [{"name": "Kabul"}]}""");
        Assert.Null(r.Documents[0].Kind("places"));
        Assert.Equal(0, r.Counts("places").Fp);
    }
}
