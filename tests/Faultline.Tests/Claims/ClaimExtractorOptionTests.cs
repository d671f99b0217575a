using Faultline.Core.Claims;

namespace Faultline.Tests.Claims;

public class ClaimExtractorOptionTests
{
    private const string Text = "The Taliban freed hundreds of prisoners and tens of thousands of Afghans fled across three districts.";

    [Fact]
    public void VagueAmountsAndSpelledCountsAreOffByDefault() => Assert.Empty(ClaimTestSupport.Extract(Text));

    [Fact]
    public void VagueAmountsReportTheirLowerBoundWhenAskedFor()
    {
        var claims = ClaimTestSupport.Extract(Text, options: new ClaimExtractorOptions { IncludeVague = true });
        Assert.Equal([(100.0, "people", "at_least"), (10000.0, "people", "at_least")],
            claims.Select(c => (c.Value, c.Unit, c.Qualifier)));
    }

    [Fact]
    public void SpelledCountsAreReportedWhenAskedFor()
    {
        var claims = ClaimTestSupport.Extract(Text, options: new ClaimExtractorOptions { IncludeSpelledCounts = true });
        Assert.Equal([(3.0, "count")], claims.Select(c => (c.Value, c.Unit)));
    }
}
