namespace Faultline.Tests.Evaluation;

public sealed class RootConfusionTests
{
    [Fact]
    public void MissedGoldEventIsPairedWithTheSpuriousEventOfTheSameActors()
    {
        var r = Eval.Score("""
            {"events": [{"actor1": {"country": "PAK"}, "actor2": {"country": "AFG"}, "root": "11"},
                        {"actor1": {"country": "AFG"}, "actor2": {"country": "PAK"}, "root": "17"}]}
            """, """
            {"events": [{"actor1": {"country": "AFG"}, "actor2": {"country": "PAK"}, "root": "19"},
                        {"actor1": {"country": "PAK"}, "actor2": {"country": "AFG"}, "root": "13"}]}
            """);
        var table = r.RootConfusion();
        Assert.Equal(1, table["11"]["13"]);
        Assert.Equal(1, table["17"]["19"]);
    }

    [Fact]
    public void SharedActor1IsTheFallbackAndNoneLeftShowsAsDash()
    {
        var r = Eval.Score("""
            {"events": [{"actor1": {"country": "PAK"}, "actor2": {"country": "AFG"}, "root": "11"},
                        {"actor1": {"country": "PAK"}, "actor2": {"country": "IND"}, "root": "12"}]}
            """, """{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "02"}]}""");
        var table = r.RootConfusion();
        Assert.Equal(1, table["11"]["02"]);
        Assert.Equal(1, table["12"]["-"]);
    }

    [Fact]
    public void MatchedAndAbsorbedSystemEventsAreNotBlamed()
    {
        var r = Eval.Score("""
            {"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19"},
                        {"actor1": {"country": "PAK"}, "actor2": null, "root": "01", "optional": true},
                        {"actor1": {"country": "PAK"}, "actor2": null, "root": "11"}]}
            """, """
            {"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19"},
                        {"actor1": {"country": "PAK"}, "actor2": null, "root": "01"}]}
            """);
        Assert.Equal(1, r.RootConfusion()["11"]["-"]);
    }

    [Fact]
    public void ConfusionCountsAddUpOverDocuments()
    {
        var r = Eval.Score(
            ["""{"doc": "a", "events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "17"}]}""",
             """{"doc": "b", "events": [{"actor1": {"country": "AFG"}, "actor2": null, "root": "17"}]}"""],
            ["""{"doc": "a", "events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19"}]}""",
             """{"doc": "b", "events": [{"actor1": {"country": "AFG"}, "actor2": null, "root": "19"}]}"""]);
        Assert.Equal(2, r.RootConfusion()["17"]["19"]);
    }
}
