using Faultline.Core.Evaluation;

namespace Faultline.Tests.Evaluation;

public sealed class NameMatchingTests
{
    [Fact]
    public void PlaceNamesMatchIgnoringAccentsAndCase()
    {
        var r = Eval.Score("""{"places": [{"name": "Nangarhār"}]}""", """{"places": [{"name": "NANGARHAR"}]}""");
        Assert.Equal(1, r.Counts("places").Tp);
    }

    [Fact]
    public void PeopleMatchOnAnyGoldAlias()
    {
        var r = Eval.Score("""{"people": [{"name": "Faiz Hameed", "aliases": ["Faiz Hammed"]}]}""", """{"people": [{"name": "faiz  hammed"}]}""");
        Assert.Equal(1, r.Counts("people").Tp);
    }

    [Fact]
    public void EventLocationAgreesOnANormalisedName()
    {
        var r = Eval.Score("""{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "location": {"name": "Ḥayatābād"}}]}""",
            """{"events": [{"actor1": {"country": "PAK"}, "actor2": null, "root": "19", "location": {"name": "hayatabad"}}]}""");
        Assert.Equal(1, r.EventAttributes["location"].Ok);
    }

    // Expected values from Python: norm(s) in tools/score.py.
    [Theory]
    [InlineData("Café Ḥaqqānī", "cafe haqqani")]
    [InlineData("Torkham’s gate", "torkham s gate")]
    [InlineData("Ｋａｂｕｌ", "kabul")]
    [InlineData("ﬁeld  ²", "field 2")]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("Straße — Nord", "straße nord")]
    [InlineData("Йемен", "иемен")]
    [InlineData("한국", "\u1112\u1161\u11AB\u1100\u116E\u11A8")]
    public void NormalisationMirrorsScorePy(string input, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Normalize(input));
    }
}
