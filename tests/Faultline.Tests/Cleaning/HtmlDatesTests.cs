using Faultline.Core.Cleaning;

namespace Faultline.Tests.Cleaning;

public sealed class HtmlDatesTests
{
    [Theory]
    [InlineData("2015-07-24T05:36:09+01:00", "2015-07-24")]
    [InlineData("2015-07-24", "2015-07-24")]
    [InlineData("2015-07-24 23:10", "2015-07-24")]
    [InlineData("2015-07-24Z", "2015-07-24")]
    [InlineData("2015-07", "2015-07")]
    [InlineData("2015", "2015")]
    [InlineData("Fri, 24 Jul 2015 05:36:09 GMT", "2015-07-24")]
    public void MachineDatesBecomeAnIsoPrefixOfTheStatedCalendarDate(string value, string expected) =>
        Assert.Equal(expected, HtmlDates.ToIso(value));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2015-13-40")]
    public void WhatIsNotADateGivesNothing(string value) => Assert.Null(HtmlDates.ToIso(value));
}
