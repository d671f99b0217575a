using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>Date arithmetic for relative time phrases, at the precision the document format uses for each.</summary>
public static class RelativeDates
{
    public static PartialDate Resolve(PartialDate published, RelativeTime phrase)
    {
        int month = published.Month ?? 1;
        var anchor = new DateTime(published.Year, month, published.Day ?? 1);
        return phrase.Step switch
        {
            "year" => new PartialDate(published.Year + phrase.Offset),
            "month" => Month(anchor.AddMonths(phrase.Offset)),
            // A week is reported as its month: "this week" in an article of 21 April is April.
            "week" => Month(anchor.AddDays(7 * phrase.Offset)),
            _ => published.Day is null ? Month(anchor) : Day(anchor.AddDays(phrase.Offset)),
        };
    }

    /// <summary>The latest <paramref name="month"/> at (or, if <paramref name="strictlyBefore"/>, before) publication.</summary>
    public static PartialDate MonthBefore(PartialDate published, int month, bool strictlyBefore)
    {
        int pm = published.Month ?? 12;
        bool sameYear = strictlyBefore ? month < pm : month <= pm;
        return new PartialDate(sameYear ? published.Year : published.Year - 1, month);
    }

    private static PartialDate Month(DateTime d) => new(d.Year, d.Month);

    private static PartialDate Day(DateTime d) => new(d.Year, d.Month, d.Day);
}
