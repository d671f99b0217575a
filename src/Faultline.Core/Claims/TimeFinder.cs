using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>
/// Finds the time expressions of a sentence that can date a figure: years ("in 2023", "in year 2021"), months
/// with or without a year ("in August 2023", "in December alone"), full dates, phrases relative to the
/// publication date ("last month", "this week", "this September"), and parts of a year ("the first nine months
/// of the year"). A baseline cue before a date ("since 2020", "compared to 2022") makes it a baseline.
/// </summary>
public sealed class TimeFinder(ClaimLexicons lex)
{
    private static readonly HashSet<string> MonthLead =
        new(StringComparer.OrdinalIgnoreCase) { "in", "during", "since", "of", "by", "until", "through", "early", "late", "mid", "throughout", "from", "and" };

    public IReadOnlyList<TimeExpression> Find(IReadOnlyList<WordToken> t, PartialDate? published)
    {
        var found = new List<TimeExpression>();
        int i = 0;
        while (i < t.Count)
        {
            var e = PartOfYear(t, i) ?? PreviousYear(t, i) ?? Relative(t, i, published) ?? MonthDate(t, i, published) ?? Year(t, i);
            if (e is null) { i++; continue; }
            found.Add(IsBaseline(t, e.FirstToken) ? e with { Role = TimeRole.Baseline } : e);
            i = e.EndToken;
        }
        return found;
    }

    private bool IsBaseline(IReadOnlyList<WordToken> t, int first)
    {
        int k = first;
        if (k < t.Count && t[k].Lower == "the") return lex.BaselineCues.Phrases.MatchEndingAt(t, k) is not null;
        if (k > 0 && t[k - 1].Lower == "year") k--;
        if (k > 0 && t[k - 1].Lower == "the") k--;
        return lex.BaselineCues.Phrases.MatchEndingAt(t, k) is not null;
    }

    /// <summary>"the first nine months of 2023", "the second half of the year", "the last quarter of 2022".</summary>
    private TimeExpression? PartOfYear(IReadOnlyList<WordToken> t, int i)
    {
        if (t[i].Lower is not ("first" or "second" or "third" or "fourth" or "last") || i + 3 >= t.Count) return null;
        int j = i + 1;
        string part;
        if (t[j].Lower is "half" or "quarter") { part = $"{t[i].Lower} {t[j].Lower}"; j++; }
        else if (lex.Numbers.TryGet(t[j].Text, out _, out _) || t[j].IsDigits)
        {
            if (j + 1 >= t.Count || t[j + 1].Lower is not ("months" or "weeks")) return null;
            part = $"{t[i].Lower} {t[j].Lower} {t[j + 1].Lower}";
            j += 2;
        }
        else return null;
        if (j >= t.Count || t[j].Lower != "of") return null;
        j++;
        int first = i > 0 && t[i - 1].Lower == "the" ? i - 1 : i;
        if (j + 1 < t.Count && t[j].Lower == "the" && t[j + 1].Lower == "year")
            return new TimeExpression(first, j + 2, TimeRole.Period) { NeedsYear = true, Part = part, Basis = "context" };
        if (j < t.Count && AsYear(t[j]) is { } y)
            return new TimeExpression(first, j + 1, TimeRole.Period) { Date = new PartialDate(y), Part = part };
        return null;
    }

    /// <summary>"the previous year", "the year before": one year before the period of the figure.</summary>
    private static TimeExpression? PreviousYear(IReadOnlyList<WordToken> t, int i)
    {
        if (i + 2 < t.Count && t[i].Lower == "the" && t[i + 1].Lower is "previous" or "preceding" or "prior" && t[i + 2].Lower == "year")
            return new TimeExpression(i, i + 3, TimeRole.Period) { YearsBeforePeriod = 1, Basis = "context" };
        if (i + 2 < t.Count && t[i].Lower == "the" && t[i + 1].Lower == "year" && t[i + 2].Lower == "before")
            return new TimeExpression(i, i + 3, TimeRole.Period) { YearsBeforePeriod = 1, Basis = "context" };
        return null;
    }

    private TimeExpression? Relative(IReadOnlyList<WordToken> t, int i, PartialDate? published)
    {
        if (lex.RelativeTimes.Phrases.Match(t, i) is { } r)
        {
            if (published is null) return new TimeExpression(i, i + r.Length, TimeRole.Period) { Basis = "relative" };
            return new TimeExpression(i, i + r.Length, TimeRole.Period)
            {
                Date = RelativeDates.Resolve(published.Value, r.Value),
                Basis = "relative",
            };
        }
        // "this September", "last July": the nearest such month at or before publication.
        if (t[i].Lower is "this" or "last" && i + 1 < t.Count && lex.Months.Month(t[i + 1].Text) is { } m && t[i + 1].IsCapitalized
            && !(i + 2 < t.Count && AsYear(t[i + 2]) is not null))
        {
            if (published is null) return new TimeExpression(i, i + 2, TimeRole.Period) { Basis = "relative" };
            return new TimeExpression(i, i + 2, TimeRole.Period)
            {
                Date = RelativeDates.MonthBefore(published.Value, m, strictlyBefore: t[i].Lower == "last"),
                Basis = "relative",
            };
        }
        return null;
    }

    /// <summary>"August 2023", "24 January 2022", "January 24, 2022", and a bare month after a preposition ("in December").</summary>
    private TimeExpression? MonthDate(IReadOnlyList<WordToken> t, int i, PartialDate? published)
    {
        int? day = null;
        int j = i;
        if (t[j].IsDigits && t[j].Text.Length <= 2 && j + 1 < t.Count && lex.Months.Month(t[j + 1].Text) is not null)
        {
            day = int.Parse(t[j].Text);
            j++;
        }
        if (!t[j].IsCapitalized || lex.Months.Month(t[j].Text) is not { } month) return null;
        int end = j + 1;
        if (end < t.Count && t[end].Text == "." && t[end].Glued) end++;
        if (day is null && end < t.Count && t[end].IsDigits && t[end].Text.Length <= 2)
        {
            day = int.Parse(t[end].Text);
            end++;
            if (end < t.Count && t[end].Text == ",") end++;
        }
        if (end < t.Count && AsYear(t[end]) is { } year)
        {
            var date = day is >= 1 and <= 31 ? new PartialDate(year, month, day) : new PartialDate(year, month);
            return new TimeExpression(i, end + 1, TimeRole.Period) { Date = date };
        }
        // "on December 26": the day is given, the year comes from the context. A bare month needs a preposition
        // before it: "May" is also a verb and "March" a noun.
        if (day is null && (i == 0 || !MonthLead.Contains(t[i - 1].Text))) return null;
        return new TimeExpression(i, end, TimeRole.Period) { Month = month, Day = day is >= 1 and <= 31 ? day : null, Basis = "context" };
    }

    private static TimeExpression? Year(IReadOnlyList<WordToken> t, int i)
    {
        if (AsYear(t[i]) is not { } y) return null;
        // "the 1980s": a decade is a time the figure belongs to, but no ISO prefix can say it.
        if (i + 1 < t.Count && t[i + 1].Glued && t[i + 1].Lower == "s") return new TimeExpression(i, i + 2, TimeRole.Period) { Basis = "decade" };
        if (i + 1 < t.Count && t[i + 1].Glued && t[i + 1].IsWord) return null;
        int first = i > 0 && t[i - 1].Lower == "year" ? i - 1 : i;
        return new TimeExpression(first, i + 1, TimeRole.Period) { Date = new PartialDate(y) };
    }

    private static int? AsYear(WordToken token) =>
        token.IsDigits && token.Text.Length == 4 && int.TryParse(token.Text, out var y) && y is >= 1800 and <= 2100 ? y : null;
}
