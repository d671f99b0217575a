using Faultline.Core.Aggregation;
using Faultline.Core.Documents;

namespace Faultline.Tests.Aggregation;

public class TrendCalculatorTests
{
    private static Story S(int i, string date, string code, double goldstein, string a1 = "PAK", string a2 = "TAL") => new()
    {
        Id = $"s{i}", Block = "x", Date = date, Code = code, Quad = Core.Coding.CameoCodes.Quad(code), Goldstein = goldstein,
        Actor1 = new ActorRef(a1 == "TAL" ? "AFG" : a1, a1 == "TAL" ? "TAL" : null, null, a1),
        Actor2 = new ActorRef(a2 == "TAL" ? "AFG" : a2, a2 == "TAL" ? "TAL" : null, null, a2),
        Sources = ["d"], Outlets = [], Events = [i], Summary = "",
    };

    private static List<Story> CooperationThenConflict() =>
    [
        S(1, "2030-02", "051", 3.4), S(2, "2030-05", "042", 1.9), S(3, "2030-08", "030", 4.0, "TAL", "PAK"), S(4, "2030-11", "057", 8.0),
        S(5, "2031-03", "112", -2.0), S(6, "2031-06", "195", -10.0), S(7, "2031-09", "138", -7.0, "TAL", "PAK"), S(8, "2032-01", "174", -5.0),
    ];

    [Fact]
    public void CountsStoriesPerQuadAndPeriodInBothDirections()
    {
        var trend = TrendCalculator.Compute(CooperationThenConflict(), "PAK", "TAL", "year");
        Assert.Equal(["2030", "2031", "2032"], trend.Periods.Select(p => p.Period).ToArray());
        var y2030 = trend.Periods[0];
        Assert.Equal(4, y2030.Stories);
        Assert.Equal(4, y2030.VerbalCooperation);
        Assert.Equal(17.3, y2030.GoldsteinSum, 2);
        Assert.Equal(1, trend.Periods[1].MaterialConflict);
    }

    [Fact]
    public void OneDirectionLeavesTheOtherOut()
    {
        var trend = TrendCalculator.Compute(CooperationThenConflict(), "PAK", "TAL", "year", bothDirections: false);
        Assert.Equal(6, trend.Periods.Sum(p => p.Stories));
    }

    [Fact]
    public void MarksTheShiftFromCooperationToConflict()
    {
        var trend = TrendCalculator.Compute(CooperationThenConflict(), "PAK", "TAL", "quarter");
        var change = Assert.Single(trend.ChangePoints);
        Assert.Equal("2031-Q1", change.Period);
        Assert.True(change.MeanAfter < change.MeanBefore);
        Assert.Contains("worsening since 2031-Q1", trend.Summary);
        Assert.True(trend.Periods.Single(p => p.Period == "2031-Q1").ChangePoint);
    }

    [Fact]
    public void NoChangePointInASteadyRelationship()
    {
        var steady = Enumerable.Range(1, 10).Select(i => S(i, $"20{30 + i % 3}-0{1 + i % 9}", "042", 1.9 + (i % 2) * 0.5)).ToList();
        var trend = TrendCalculator.Compute(steady, "PAK", "TAL", "year");
        Assert.Empty(trend.ChangePoints);
        Assert.Contains("no significant shift", trend.Summary);
    }

    [Fact]
    public void QuarterlyPeriodsIncludeEmptyQuartersSoGapsShow()
    {
        var trend = TrendCalculator.Compute([S(1, "2030-01", "042", 1.9), S(2, "2030-10", "042", 1.9)], "PAK", "TAL", "quarter");
        Assert.Equal(["2030-Q1", "2030-Q2", "2030-Q3", "2030-Q4"], trend.Periods.Select(p => p.Period).ToArray());
        Assert.Equal(' ', trend.Sparkline[1]);
    }

    [Fact]
    public void AFewStoriesThatLeanOneWaySayItWithoutClaimingAShift()
    {
        var few = new List<Story> { S(1, "2030-03", "051", 3.4), S(2, "2030-09", "042", 1.9), S(3, "2031-04", "112", -2.0), S(4, "2032-02", "195", -10.0) };
        var trend = TrendCalculator.Compute(few, "PAK", "TAL", "year");
        Assert.Empty(trend.ChangePoints);
        Assert.Contains("worsening from 2030 to 2032", trend.Summary);
        Assert.Contains("no single shift is significant", trend.Summary);
    }

    [Fact]
    public void AStateCountsForTheGroupGoverningItWhenAsked()
    {
        var stories = new List<Story> { S(1, "2031-05", "195", -10.0, "PAK", "AFG") };
        Assert.Empty(TrendCalculator.Compute(stories, "PAK", "TAL").Periods);
        var governed = TrendCalculator.Compute(stories, "PAK", "TAL", governedBy: (country, date) => country == "AFG" && string.CompareOrdinal(date, "2030") >= 0 ? "TAL" : null);
        Assert.Equal(1, governed.Periods.Single().MaterialConflict);
    }
}
