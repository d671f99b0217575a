using Faultline.Core.Temporal;
using Faultline.Tests.Support;

namespace Faultline.Tests.Temporal;

public class DatelineYearTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void TheFilingDayIsTheWeekdayThatLeavesTheOthersJustBeforeIt()
    {
        // "reopened on Thursday", "a briefing on Friday": filed on a Friday; 21 March fell on a Friday in 2025.
        Assert.Equal(2025, DatelineYear.Infer(3, 21, [DayOfWeek.Thursday, DayOfWeek.Friday], Today));
    }

    [Fact]
    public void AWeekSpanningSundayStillEndsOnTheLatestDay()
    {
        // Saturday and Monday named: Monday is the filing day (Saturday two days before), not Saturday (Monday five days after).
        var year = DatelineYear.Infer(6, 10, [DayOfWeek.Saturday, DayOfWeek.Monday], Today);
        Assert.NotNull(year);
        Assert.Equal(DayOfWeek.Monday, new DateOnly(year!.Value, 6, 10).DayOfWeek);
    }

    [Fact]
    public void OfTwoFilingDaysEquallyLikelyTheLaterYearWins()
    {
        // Wednesday, Thursday and Sunday named: Thursday and Sunday each leave the others at most four days before them;
        // 23 October was a Thursday in 2025 and a Sunday in 2022.
        Assert.Equal(2025, DatelineYear.Infer(10, 23, [DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Sunday], Today));
    }

    [Fact]
    public void OfTwoFilingDaysEquallyLikelyTheOneTheLeadNamesWins()
    {
        // Tuesday, Wednesday, Friday and Sunday named: Wednesday, Friday and Sunday each leave the others at most five days
        // before them; the lead's "on Wednesday" tells the day's news, and 4 October was a Wednesday in 2023 (a Sunday in 2026).
        DayOfWeek[] named = [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Sunday];
        Assert.Equal(2026, DatelineYear.Infer(10, 4, named, Today));
        Assert.Equal(2023, DatelineYear.Infer(10, 4, named, Today, lead: [DayOfWeek.Wednesday]));
    }

    [Fact]
    public void TheLeadsWeekdayIsTheFilingDayOrTheOneBefore()
    {
        // Saturday in the lead, Friday and Monday further down: without the lead, Monday leaves the others fewest days
        // before it; with it, the report was filed on the Saturday (4 September fell on a Saturday in 2021) and Monday
        // was five days before.
        DayOfWeek[] named = [DayOfWeek.Saturday, DayOfWeek.Friday, DayOfWeek.Monday];
        Assert.Equal(DayOfWeek.Monday, new DateOnly(DatelineYear.Infer(9, 4, named, Today)!.Value, 9, 4).DayOfWeek);
        Assert.Equal(2021, DatelineYear.Infer(9, 4, named, Today, lead: [DayOfWeek.Saturday]));
        // ("The toll from Sunday's bombing rose, an official said on Wednesday": no one day fits both; the week decides.)
        Assert.Equal(DayOfWeek.Wednesday, new DateOnly(DatelineYear.Infer(8, 2, [DayOfWeek.Sunday, DayOfWeek.Wednesday], Today, lead: [DayOfWeek.Sunday, DayOfWeek.Wednesday])!.Value, 8, 2).DayOfWeek);
    }

    [Fact]
    public void OfTwoFilingDaysEquallyLikelyTheYearNearestAfterTheTextsLatestWins()
    {
        // Sunday, Monday and Thursday named: Monday and Thursday each leave the others at most four days before them;
        // 29 August was a Monday in 2022 and a Thursday in 2024. With 2020 the latest year the text names, 2022.
        DayOfWeek[] named = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Thursday];
        Assert.Equal(2024, DatelineYear.Infer(8, 29, named, Today));
        Assert.Equal(2022, DatelineYear.Infer(8, 29, named, Today, notBefore: 2020));
    }

    [Fact]
    public void TheYearIsNeverInTheFuture()
    {
        // 30 November 2026 is a Monday, but after "today".
        var year = DatelineYear.Infer(11, 30, [DayOfWeek.Monday], Today);
        Assert.True(year < 2026);
        Assert.Equal(DayOfWeek.Monday, new DateOnly(year!.Value, 11, 30).DayOfWeek);
    }

    [Fact]
    public void WithNoWeekdayNamedThereIsNoGuess() => Assert.Null(DatelineYear.Infer(3, 21, [], Today));

    [Fact]
    public void NotBeforeTheLatestYearTheTextNames()
    {
        // 24 July was a Wednesday in 2024, but a report naming the fiscal year 2024-25 was filed in 2025, the day after
        // the Wednesday it tells of.
        Assert.Equal(2024, DatelineYear.Infer(7, 24, [DayOfWeek.Wednesday], Today));
        Assert.Equal(2025, DatelineYear.Infer(7, 24, [DayOfWeek.Wednesday], Today, notBefore: 2025));
        // A floor the weekday already meets changes nothing.
        Assert.Equal(2024, DatelineYear.Infer(7, 24, [DayOfWeek.Wednesday], Today, notBefore: 2023));
        // From the floor on, a year where the weekday fits wins over the first one: 24 July 2026 is a Friday.
        Assert.Equal(2026, DatelineYear.Infer(7, 24, [DayOfWeek.Friday], Today, notBefore: 2025));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void TheMetadataReaderReadsTheYearAgainstItsClock()
    {
        var doc = new Faultline.Core.Documents.Document("d", "", Faultline.Core.Documents.SourceFormat.Text)
        {
            Text = "Crossing reopens\n\nTORKHAM, March 21 (Border Wire) - The crossing reopened on Thursday.\n\nOfficials briefed reporters on Friday.",
        };
        var knowledge = TestPaths.Knowledge;
        new Faultline.Core.Cleaning.MetadataReader(knowledge.Dates, knowledge.Outlets, new FixedClock(new DateTimeOffset(2020, 6, 1, 0, 0, 0, TimeSpan.Zero))).Process(doc);
        // 21 March was a Friday in 2014 and 2025; with "today" in 2020 the latest is 2014.
        Assert.Equal("2014-03-21", doc.Metadata.Published?.Date);
    }

    [Fact]
    public void AYearLessDatelineGetsTheYearItsWeekdaysFit()
    {
        var body = string.Join(" ", Enumerable.Repeat("Traders on both sides said the closure had cost them dearly.", 3));
        var doc = Docs.Analyze($"Crossing reopens\n\nTORKHAM, Pakistan, March 21 (Border Wire) - The crossing reopened on Thursday after a month. {body}\n\nOfficials briefed reporters on Friday.");
        Assert.NotNull(doc.Metadata.Published);
        var published = DateOnly.Parse(doc.Metadata.Published!.Date!);
        Assert.Equal((3, 21, DayOfWeek.Friday), (published.Month, published.Day, published.DayOfWeek));
        Assert.True(published <= DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal("dateline", doc.Metadata.Published.Basis);
    }
}
