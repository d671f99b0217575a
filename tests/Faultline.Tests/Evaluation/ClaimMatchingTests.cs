namespace Faultline.Tests.Evaluation;

public sealed class ClaimMatchingTests
{
    [Theory]
    [InlineData("56", "56", true)]
    [InlineData("56", "\"56\"", true)]
    [InlineData("56", "56.00000000001", true)]
    [InlineData("56", "56.1", false)]
    [InlineData("[1500, 1600]", "1600", true)]
    [InlineData("1500", "\"1,500\"", false)]
    [InlineData("1500", "null", false)]
    public void ClaimsMatchOnValueWithinARelativeTolerance(string gold, string system, bool matches)
    {
        var r = Eval.Score($$"""{"claims": [{"value": {{gold}}, "unit": "people"}]}""", $$"""{"claims": [{"value": {{system}}, "unit": "people"}]}""");
        Assert.Equal(matches ? 1 : 0, r.Counts("claims").Tp);
    }

    [Fact]
    public void ClaimUnitIsAnAccuracyNotAMatchCondition()
    {
        var r = Eval.Score("""{"claims": [{"value": 56, "unit": "percent"}]}""", """{"claims": [{"value": 56, "unit": "people"}]}""");
        Assert.Equal(1, r.Counts("claims").Tp);
        Assert.Equal((0, 1), (r.ClaimAttributes["unit"].Ok, r.ClaimAttributes["unit"].N));
    }
}
