namespace Faultline.Core.Temporal;

/// <summary>
/// The year of a dateline that gives only a month and a day ("TORKHAM, March 21 (Frontier Wire) -"). Wire copy
/// names the days of the past week by weekday ("reopened on Thursday", "said on Friday"), the filing day included,
/// so the filing day is the weekday that leaves every other named weekday the fewest days before it; the year is
/// then the latest one, not after today, in which the date falls on that weekday. With no weekday named, no guess.
/// </summary>
public static class DatelineYear
{
    private const int YearsBack = 30;

    public static int? Infer(int month, int day, IReadOnlyCollection<DayOfWeek> named, DateOnly today)
    {
        if (named.Count == 0) return null;
        var filing = Enum.GetValues<DayOfWeek>()
            .Where(named.Contains)
            .OrderBy(d => named.Max(n => ((int)d - (int)n + 7) % 7))
            .First();
        for (int year = today.Year; year > today.Year - YearsBack; year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (date <= today && date.DayOfWeek == filing) return year;
        }
        return null;
    }
}
