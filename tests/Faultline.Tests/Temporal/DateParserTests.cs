using Faultline.Tests.Support;

namespace Faultline.Tests.Temporal;

public class DateParserTests
{
    [Theory]
    [InlineData("Last updated: 03/11/2025 14:20 PKT", "2025-11-03")] // day first, as the region's outlets write it
    [InlineData("Updated 11/23/2025", "2025-11-23")] // only the month-first reading is a date
    [InlineData("Published 31.12.2024", "2024-12-31")]
    [InlineData("January 24th, 2022", "2022-01-24")]
    [InlineData("on the 24th of January 2022", "2022-01-24")]
    public void ReadsWrittenDates(string text, string expected) =>
        Assert.Equal(expected, TestPaths.Knowledge.Dates.First(text)?.ToString());

    [Theory]
    [InlineData("13/13/2025")] // no month of thirteen
    [InlineData("31/02/2025")] // no 31 February
    [InlineData("a score of 3/11 in 2025")] // no year in the number
    public void RejectsNumbersThatAreNoDate(string text) => Assert.Null(TestPaths.Knowledge.Dates.First(text));
}
