namespace Faultline.Core.Temporal;

/// <summary>
/// The year of a dateline that gives only a month and a day ("TORKHAM, March 21 (Frontier Wire) -"). Wire copy
/// names the days of the past week by weekday ("reopened on Thursday", "said on Friday"), the filing day included,
/// so the filing day is the weekday that leaves every other named weekday the fewest days before it (the lead's own
/// weekday or the day after, where one fits); the year is then the latest one, not after today, in which the date
/// falls on that weekday, and not before the latest year the text names where one fits (a report naming "2024-25" was
/// not filed in 2024). Of filing days equally likely, the year nearest after that latest named year wins. With no
/// weekday named, no guess.
/// </summary>
public static class DatelineYear
{
    private const int YearsBack = 30;

    /// <param name="notBefore">The latest year the text names, if any.</param>
    /// <param name="lead">The weekdays the dateline's own paragraph names: of filing days equally likely, one of these (the
    /// lead tells the day's news: "... on Wednesday called the order unacceptable") wins.</param>
    public static int? Infer(int month, int day, IReadOnlyCollection<DayOfWeek> named, DateOnly today, int? notBefore = null, IReadOnlyCollection<DayOfWeek>? lead = null)
    {
        // (A year from the floor on where the weekdays fit, else the first one: the weekdays then only say the filing
        // day is within the week after them, as it is in any year.)
        if (notBefore is { } floor && InferLatest(month, day, named, today, lead) is { } latest && latest < floor)
        {
            var years = Enumerable.Range(floor, Math.Max(0, today.Year - floor + 1))
                .Where(y => day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) <= today).ToList();
            if (years.Count > 0)
                return years.LastOrDefault(y => InferLatest(month, day, named, new DateOnly(y, 12, 31) < today ? new DateOnly(y, 12, 31) : today, lead) == y) is > 0 and var fits
                    ? fits : years[0];
        }
        return InferLatest(month, day, named, today, lead, notBefore);
    }

    private static int? InferLatest(int month, int day, IReadOnlyCollection<DayOfWeek> named, DateOnly today, IReadOnlyCollection<DayOfWeek>? lead, int? notBefore = null)
    {
        if (named.Count == 0) return null;
        // (Two weekdays may leave the others equally close before them, "on Wednesday", "on Thursday", "on Sunday": then
        // the one the lead names, else the latest year either gives, the report being as likely recent as old.)
        // ("KABUL, Sept 4 - ... flew into Kabul on Saturday": the lead tells the day's news, so the filing day is the day
        // its weekdays name or the one after, where one such fits them all; the rest of the story may reach back days
        // before: "told lawmakers on Monday".)
        var days = Enum.GetValues<DayOfWeek>().Where(named.Contains).ToList();
        if (lead is { Count: > 0 } && Enum.GetValues<DayOfWeek>().Where(d => lead.All(n => DaysAfter(n, d) <= 1)).ToList() is [_, ..] fresh)
            days = fresh;
        var spans = days.ToDictionary(d => d, d => named.Max(n => DaysAfter(n, d)));
        int shortest = spans.Values.Min();
        var tied = spans.Where(x => x.Value == shortest).Select(x => x.Key).ToList();
        if (lead is not null && tied.Count > 1 && tied.Where(lead.Contains).ToList() is [_, ..] inLead) tied = inLead;
        // (Still tied, the year nearest after the latest the text names: a report naming nothing after 2020 is likelier
        // from 2022 than from 2024.)
        var years = tied.Select(d => LatestYear(month, day, d, today)).OfType<int>().ToList();
        if (years.Count == 0) return null;
        return notBefore is { } floor && years.Where(y => y >= floor).ToList() is [_, ..] after ? after.Min() : years.Max();
    }

    /// <summary>How many days <paramref name="later"/> falls after <paramref name="earlier"/> in a week (0 to 6).</summary>
    private static int DaysAfter(DayOfWeek earlier, DayOfWeek later) => ((int)later - (int)earlier + 7) % 7;

    private static int? LatestYear(int month, int day, DayOfWeek filing, DateOnly today)
    {
        for (int year = today.Year; year > today.Year - YearsBack; year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (date <= today && date.DayOfWeek == filing) return year;
        }
        return null;
    }
}
