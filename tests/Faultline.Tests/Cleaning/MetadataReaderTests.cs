using Faultline.Core.Analysis;
using Faultline.Tests.Support;

namespace Faultline.Tests.Cleaning;

/// <summary>Cases in Cases/metadata/cases.tsv: an article file and the metadata a reader would note down.</summary>
public class MetadataReaderTests
{
    public static TheoryData<string, string?, string?, string?, string?, string?> Cases()
    {
        var data = new TheoryData<string, string?, string?, string?, string?, string?>();
        foreach (var line in File.ReadLines(TestPaths.Cases("metadata", "cases.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split('\t').Select(v => v == "-" ? null : v).ToArray();
            data.Add(f[0]!, f[1], f[2], f[3], f[4], f[5]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsTitleAuthorOutletAndPublicationDate(string file, string? title, string? author, string? outlet, string? date, string? basis)
    {
        var doc = TestPaths.Analyzer.AnalyzeFile(TestPaths.Cases("metadata", file));
        Assert.Equal(title, doc.Metadata.Title);
        Assert.Equal(author, doc.Metadata.Author);
        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(date, doc.Metadata.Published?.Date);
        Assert.Equal(basis, doc.Metadata.Published?.Basis);
    }

    [Fact]
    public void BylineAndCreditLinesAreNotPartOfTheArticleText()
    {
        var doc = TestPaths.Analyzer.AnalyzeFile(TestPaths.Cases("metadata", "credit-line.txt"));
        Assert.DoesNotContain("Sara Malik", doc.Text);
        Assert.DoesNotContain("Published in", doc.Text);
    }
}

/// <summary>A dateline with no year ("ISLAMABAD, May 6 (APN) -"): the year in which the weekdays the story tells fit it.</summary>
public class YearLessDatelineTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string? Published(string text)
    {
        var document = new Faultline.Core.Documents.Document("dateline", text, Faultline.Core.Documents.SourceFormat.Text) { Text = text };
        var knowledge = TestPaths.Knowledge;
        new Faultline.Core.Cleaning.MetadataReader(knowledge.Dates, knowledge.Outlets, new FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero))).Process(document);
        return document.Metadata.Published?.Date;
    }

    [Fact]
    public void AWeekdayLookedAheadToIsNoDayOfThePastWeek()
    {
        // Met "on Saturday": 6 May fell on a Saturday in 2023; "is expected to return on Monday" (6 May 2024 was a
        // Monday) says nothing of the filing day.
        Assert.Equal("2023-05-06", Published(
            "ISLAMABAD, May 6 (Agency) - The foreign ministers met in Islamabad on Saturday.\n\nThe minister is expected to return to Kabul on Monday, officials said."));
    }

    [Fact]
    public void AVisitDueAndAMeetingCalledAreLookedAheadTo()
    {
        // Met "on Saturday" (6 May 2023); "is due in Kabul on Monday" and "called the committee to meet on Monday" look
        // ahead (6 May 2024 was a Monday), but "returned to Kabul" does not.
        Assert.Equal("2023-05-06", Published(
            "ISLAMABAD, May 6 (Agency) - The foreign ministers met in Islamabad on Saturday.\n\nThe minister is due in Kabul on Monday, officials said."));
        Assert.Equal("2023-05-06", Published(
            "ISLAMABAD, May 6 (Agency) - The foreign ministers met in Islamabad on Saturday.\n\nThe prime minister has called the committee to meet on Monday."));
    }

    [Fact]
    public void AWeekdayToldAsPastStillCounts()
    {
        // "returned on Monday": the filing day is the Monday, and 6 May 2024 was one.
        Assert.Equal("2024-05-06", Published(
            "ISLAMABAD, May 6 (Agency) - The minister returned to Kabul on Monday after the foreign ministers met in Islamabad on Saturday, officials said."));
    }

    [Fact]
    public void TheLeadsWeekdayOutweighsOneFurtherDown()
    {
        // The lead tells the day's news ("met on Saturday": 6 May 2023); "returned on Monday" further down is of the
        // days before.
        Assert.Equal("2023-05-06", Published(
            "ISLAMABAD, May 6 (Agency) - The foreign ministers met in Islamabad on Saturday.\n\nThe minister had returned from Beijing on Monday, officials said."));
    }

    [Fact]
    public void ARoundupsFirstDatelineIsDatedByItsOwnItemsWeekdays()
    {
        // The first item's "on Tuesday" (25 June 2024 was a Tuesday); the next items, under datelines of their own, tell
        // their own days, which would put the filing on the Thursday (25 June 2026).
        Assert.Equal("2024-06-25", Published(
            "ISLAMABAD, June 25 (Wire) - The cabinet on Tuesday endorsed the operation.\n\nPESHAWAR, June 26 (Wire) - The chief minister said on Wednesday that no decision had been taken.\n\nMIRANSHAH, June 27 (Wire) - Elders met on Thursday."));
    }

    [Fact]
    public void ADatelineMayEndInAColonBelowAFewLinesOfFurniture()
    {
        // 7 November 2023 was a Tuesday.
        Assert.Equal("2023-11-07", Published(
            "SENATE DIARY\n\nSenators clash with the minister over expulsions\n\nFrom our Parliamentary Correspondent\n\nNews desk\n\nISLAMABAD, Nov 7: The Senate on Tuesday saw one of its stormiest sittings."));
    }
}
