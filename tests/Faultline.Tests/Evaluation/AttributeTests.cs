namespace Faultline.Tests.Evaluation;

public sealed class AttributeTests
{
    [Theory]
    [InlineData("\"2021-12\"", "\"2021-12-05\"", true)]
    [InlineData("\"2021-12\"", "\"2021-12\"", true)]
    [InlineData("\"2021-12-05\"", "\"2021-12\"", false)]
    [InlineData("\"2021\"", "\"2022-01\"", false)]
    [InlineData("[\"2021-11\", \"2021-12\"]", "\"2021-12-30\"", true)]
    [InlineData("\"2021\"", "null", false)]
    public void EventDateAgreesAtTheGoldPrecision(string gold, string system, bool agrees)
    {
        var r = Eval.Score($$"""{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "date": {{gold}}}]}""",
            $$"""{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "date": {{system}}}]}""");
        Assert.Equal(agrees ? 1 : 0, r.EventAttributes["date"].Ok);
    }

    [Theory]
    [InlineData("{\"date\": \"2022-01\"}", "{\"date\": \"2022-01-24\"}", true)]
    [InlineData("{\"date\": null}", "{\"date\": null}", true)]
    [InlineData("{\"date\": null}", "{\"date\": \"2022\"}", false)]
    [InlineData("{\"date\": \"2022-01-24\"}", "null", false)]
    public void PublishedDateAgreesAtTheGoldPrecisionAndNullOnlyWithNull(string gold, string system, bool agrees)
    {
        var r = Eval.Score($$"""{"published": {{gold}}}""", $$"""{"published": {{system}}}""");
        Assert.Equal(agrees, r.Documents[0].Published!.Ok);
    }

    [Fact]
    public void RolesAndCodesAreCheckedAmongMatchedEvents()
    {
        var r = Eval.Score("""{"events": [{"actor1": {"country": "PAK", "role": ["MIL", "GOV"]}, "actor2": null, "root": "19", "code": "193"}]}""",
            """{"events": [{"actor1": {"country": "PAK", "role": "gov"}, "actor2": null, "root": "19", "code": "190"}]}""");
        Assert.Equal((1, 1), (r.EventAttributes["role"].Ok, r.EventAttributes["role"].N));
        Assert.Equal((0, 1), (r.EventAttributes["code"].Ok, r.EventAttributes["code"].N));
    }

    [Fact]
    public void FatalitiesCompareAsNumbers()
    {
        var r = Eval.Score("""{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "fatalities": [2, 3]}]}""",
            """{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "fatalities": 3.0}]}""");
        Assert.Equal(1, r.EventAttributes["fatalities"].Ok);
    }
}
