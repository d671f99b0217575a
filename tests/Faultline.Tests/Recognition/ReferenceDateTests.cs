using Faultline.Core.Documents;
using Faultline.Core.Knowledge;
using Faultline.Core.Temporal;

namespace Faultline.Tests.Recognition;

public class ReferenceDateTests
{
    [Fact]
    public void PublishedDateWinsAndPartialDatesEndTheirPeriod()
    {
        Assert.Equal(new DateOnly(2022, 1, 24), ReferenceDate.LastDay(PartialDate.TryParseIso("2022-01-24")!.Value));
        Assert.Equal(new DateOnly(2022, 4, 30), ReferenceDate.LastDay(PartialDate.TryParseIso("2022-04")!.Value));
        Assert.Equal(new DateOnly(2022, 12, 31), ReferenceDate.LastDay(PartialDate.TryParseIso("2022")!.Value));
        var doc = new Document("d", "", SourceFormat.Text) { Text = "In 2030 it happened." };
        doc.Metadata.Published = new PublishedDate("2022-01-24", "byline");
        Assert.Equal(new DateOnly(2022, 1, 24), ReferenceDate.LastDayOf(doc));
    }

    [Fact]
    public void WithoutAPublishedDateTheLatestYearInTheTextCounts()
    {
        var doc = new Document("d", "", SourceFormat.Text) { Text = "In 2014 and again in 2021 the border, 2,640km long, was shut." };
        Assert.Equal(new DateOnly(2021, 12, 31), ReferenceDate.LastDayOf(doc));
    }

    [Fact]
    public void DateRangesAreInclusiveAndOpenEnded()
    {
        var range = DateRange.Parse("2021-08-15", "")!.Value;
        Assert.False(range.Contains(new DateOnly(2021, 8, 14)));
        Assert.True(range.Contains(new DateOnly(2021, 8, 15)));
        Assert.True(range.Contains(new DateOnly(2030, 1, 1)));
        Assert.Null(DateRange.Parse("2021-13", ""));
    }

    [Fact]
    public void WithoutAPublishedDateTheLatestCitedWorkBoundsTheArticle()
    {
        var body = string.Join(" ", Enumerable.Repeat("Officials met at the crossing in 2019 and again later to discuss the trade dispute at length.", 8));
        var doc = Support.Docs.Analyze($"Title\n\n{body} Last month the crossing closed.\n\nEndnotes:\n\n[1] A report, March 3, 2020.\n\n[2] Another, May 20, 2020.");
        Assert.DoesNotContain("Another", doc.Text);
        Assert.Null(doc.Metadata.Published);
        Assert.Equal(new PartialDate(2020, 5), ReferenceDate.Of(doc, Support.TestPaths.Knowledge.Dates));
        Assert.Equal(new PartialDate(2019), ReferenceDate.Of(doc));
    }
}
