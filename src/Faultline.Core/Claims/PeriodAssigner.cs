using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>
/// Gives each figure of a sentence its period and (for changes) its baseline. A time expression that follows a
/// figure before the next figure belongs to it ("54 people in July 2023", "45 of those in December alone");
/// else the nearest one before it in the sentence ("In 2021, there were 294 attacks"); else the first after it
/// ("lost at least 386 personnel, ..., in the first nine months of the year"). A month without a year and
/// "the year" take their year from the sentence, else from the figure before, else from the publication date.
/// </summary>
public static class PeriodAssigner
{
    public static IReadOnlyList<TimeExpression> Complete(IReadOnlyList<TimeExpression> times, PartialDate? contextPeriod, PartialDate? published)
    {
        var result = new List<TimeExpression>(times.Count);
        for (int i = 0; i < times.Count; i++)
        {
            var e = times[i];
            if (e is { Role: TimeRole.Period, YearsBeforePeriod: { } back })
            {
                // "up from 386 the year before": the year before the one the sentence dates.
                result.Add(SentenceYear(times, i) is { } sy ? e with { Date = new PartialDate(sy - back) } : e);
                continue;
            }
            if (e.Date is not null || (e.Month is null && !e.NeedsYear)) { result.Add(e); continue; }
            int? year = SentenceYear(times, i) ?? contextPeriod?.Year;
            if (e.Month is { } m)
            {
                var date = year is { } y ? new PartialDate(y, m)
                    : published is { } p ? RelativeDates.MonthBefore(p, m, strictlyBefore: false) : (PartialDate?)null;
                if (date is { } dm && e.Day is { } day && day <= DateTime.DaysInMonth(dm.Year, m)) date = dm with { Day = day };
                result.Add(e with { Date = date, Basis = year is null ? "relative" : "context" });
            }
            else
                result.Add(e with { Date = year is { } y2 ? new PartialDate(y2) : published is { } p2 ? new PartialDate(p2.Year) : null });
        }
        return result;
    }

    private static int? SentenceYear(IReadOnlyList<TimeExpression> times, int index)
    {
        for (int k = index - 1; k >= 0; k--)
            if (times[k].Date is { } d && times[k].Role == TimeRole.Period) return d.Year;
        for (int k = index + 1; k < times.Count; k++)
            if (times[k].Date is { } d && times[k].Month is null && !times[k].NeedsYear) return d.Year;
        return null;
    }

    public static PeriodAssignment Assign(
        int figureFirst, int figureEnd, int? nextFigureFirst, bool change, IReadOnlyList<TimeExpression> times)
    {
        var period = Pick(times.Where(e => e.Role == TimeRole.Period && e.Date is not null).ToList(), figureFirst, figureEnd, nextFigureFirst);
        var baseline = change
            ? Pick(times.Where(e => e.Role == TimeRole.Baseline && (e.Date is not null || e.YearsBeforePeriod is not null)).ToList(),
                figureFirst, figureEnd, nextFigureFirst)
            : null;
        if (baseline?.YearsBeforePeriod is { } back)
            baseline = period?.Date is { } d ? baseline with { Date = new PartialDate(d.Year - back) } : null;
        // "2,000 people have been killed since 2021": a level counted from a start covers the time since it,
        // when the start is its own (right after it, or before it), not a later figure's.
        if (period is null && !change
            && Pick(times.Where(e => e.Role == TimeRole.Baseline && e.Date is not null).ToList(), figureFirst, figureEnd, nextFigureFirst,
                   laterFigures: false) is { } since)
            return new PeriodAssignment(since.Date, null, "since", null);
        if (period is null) return new PeriodAssignment(null, baseline?.Date, null, null);
        return new PeriodAssignment(period.Date, baseline?.Date, period.Basis, period.Part);
    }

    private static TimeExpression? Pick(IReadOnlyList<TimeExpression> candidates, int first, int end, int? nextFigure, bool laterFigures = true)
    {
        var after = candidates.Where(e => e.FirstToken >= end).OrderBy(e => e.FirstToken).FirstOrDefault();
        if (after is not null && (nextFigure is null || after.FirstToken < nextFigure)) return after;
        var before = candidates.Where(e => e.EndToken <= first).OrderByDescending(e => e.EndToken).FirstOrDefault();
        return before ?? (laterFigures ? after : null);
    }
}
