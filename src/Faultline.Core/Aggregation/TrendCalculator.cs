using System.Globalization;

namespace Faultline.Core.Aggregation;

/// <summary>
/// Computes a dyad's trend from its stories: counts per quad class and Goldstein sums per month, quarter or year,
/// and change points found by binary segmentation of the stories' Goldstein scores in date order (a split is kept
/// when the shift of the mean is large against the spread: a two-sample t statistic of at least <see cref="Threshold"/>
/// with <see cref="MinSide"/> stories on each side).
/// </summary>
public static class TrendCalculator
{
    public const double Threshold = 2.0;
    public const int MinSide = 3;
    public static readonly string[] Periods = ["month", "quarter", "year"];

    /// <param name="governedBy">
    /// The group governing a state at a date (AFG by TAL from August 2021), so that acts by or against the state then
    /// count for the group's relationships; null to compare actor keys only.
    /// </param>
    public static DyadTrend Compute(IEnumerable<Story> stories, string a, string b, string by = "year", bool bothDirections = true,
        Func<string, string?, string?>? governedBy = null)
    {
        if (!Periods.Contains(by)) throw new ArgumentException($"period must be one of {string.Join(", ", Periods)}", nameof(by));
        bool Is(Story s, string x, string y) => Matches(s.Actor1, s.Date, x, governedBy) && Matches(s.Actor2!, s.Date, y, governedBy);
        var dyad = stories.Where(s => s.Actor2 is not null && (Is(s, a, b) || (bothDirections && Is(s, b, a)))).ToList();
        var dated = dyad.Where(s => s.Date is not null).OrderBy(s => s.Date, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var buckets = dated.GroupBy(s => PeriodOf(s.Date!, by)).ToDictionary(g => g.Key, g => g.ToList());
        var changes = new List<ChangePoint>();
        Segment(dated, by, changes, depth: 0);
        var changeAt = changes.Select(c => c.Period).ToHashSet();
        var periods = AllPeriods(buckets.Keys, by).Select(p =>
        {
            var list = buckets.GetValueOrDefault(p) ?? [];
            return new TrendPeriod(p, list.Count(s => s.Quad == 1), list.Count(s => s.Quad == 2), list.Count(s => s.Quad == 3), list.Count(s => s.Quad == 4),
                Math.Round(list.Sum(s => s.Goldstein), 2)) { ChangePoint = changeAt.Contains(p) };
        }).ToList();
        changes.Sort((x, y) => string.CompareOrdinal(x.Period, y.Period));
        return new DyadTrend(a, b, by, periods, changes, dyad.Count - dated.Count, Describe(a, b, dated, changes));
    }

    private static bool Matches(Documents.ActorRef actor, string? date, string key, Func<string, string?, string?>? governedBy) =>
        string.Equals(actor.Key, key, StringComparison.OrdinalIgnoreCase)
        || (actor.Group is null && actor.Country is { } country && governedBy?.Invoke(country, date) is { } group
            && string.Equals(group, key, StringComparison.OrdinalIgnoreCase));

    public static string PeriodOf(string date, string by)
    {
        var year = date[..4];
        if (by == "year" || date.Length < 7) return year;
        var month = int.Parse(date.Substring(5, 2), CultureInfo.InvariantCulture);
        return by == "month" ? $"{year}-{month:D2}" : $"{year}-Q{(month - 1) / 3 + 1}";
    }

    /// <summary>Every period from the first to the last that has stories, so gaps show.</summary>
    private static IEnumerable<string> AllPeriods(IEnumerable<string> present, string by)
    {
        var keys = present.Where(k => by == "year" || k.Length > 4).Order(StringComparer.Ordinal).ToList();
        var yearOnly = present.Where(k => by != "year" && k.Length == 4);
        if (keys.Count == 0) return yearOnly;
        var result = new List<string>();
        int y = int.Parse(keys[0][..4]), lastYear = int.Parse(keys[^1][..4]);
        int steps = by == "month" ? 12 : by == "quarter" ? 4 : 1;
        for (; y <= lastYear; y++)
            for (int k = 1; k <= steps; k++)
            {
                var p = by == "month" ? $"{y}-{k:D2}" : by == "quarter" ? $"{y}-Q{k}" : $"{y}";
                if (string.CompareOrdinal(p, keys[0]) >= 0 && string.CompareOrdinal(p, keys[^1]) <= 0) result.Add(p);
            }
        // Stories dated only to a year cannot sit in a month or quarter: they stay in a period of their own.
        return result.Concat(yearOnly).Distinct().Order(StringComparer.Ordinal);
    }

    private static void Segment(List<Story> stories, string by, List<ChangePoint> found, int depth)
    {
        if (stories.Count < 2 * MinSide || depth > 2) return;
        var scores = stories.Select(s => s.Goldstein).ToArray();
        int bestSplit = -1;
        double best = 0;
        for (int k = MinSide; k <= scores.Length - MinSide; k++)
        {
            // A split must fall between periods, not inside one.
            if (PeriodOf(stories[k].Date!, by) == PeriodOf(stories[k - 1].Date!, by)) continue;
            var t = TStatistic(scores[..k], scores[k..]);
            if (t > best) (best, bestSplit) = (t, k);
        }
        if (bestSplit < 0 || best < Threshold) return;
        found.Add(new ChangePoint(PeriodOf(stories[bestSplit].Date!, by), Math.Round(scores[..bestSplit].Average(), 2), Math.Round(scores[bestSplit..].Average(), 2), Math.Round(best, 2)));
        Segment(stories[..bestSplit], by, found, depth + 1);
        Segment(stories[bestSplit..], by, found, depth + 1);
    }

    /// <summary>Welch's t statistic, with a floor on the spread so identical scores do not give infinity.</summary>
    public static double TStatistic(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double vx = x.Sum(v => (v - mx) * (v - mx)) / Math.Max(1, x.Length - 1);
        double vy = y.Sum(v => (v - my) * (v - my)) / Math.Max(1, y.Length - 1);
        var se = Math.Sqrt(Math.Max(vx, 1.0) / x.Length + Math.Max(vy, 1.0) / y.Length);
        return Math.Abs(mx - my) / se;
    }

    private static string Describe(string a, string b, List<Story> dated, List<ChangePoint> changes)
    {
        if (dated.Count == 0) return $"No dated stories between {a} and {b}.";
        string Tone(double m) => m >= 1 ? "mostly cooperative" : m <= -1 ? "mostly conflictual" : "mixed";
        if (changes.Count > 0)
        {
            var last = changes.OrderBy(c => c.Period, StringComparer.Ordinal).Last();
            var direction = last.MeanAfter < last.MeanBefore ? "worsening" : "improving";
            return $"{a}–{b}: {direction} since {last.Period} (mean Goldstein {last.MeanBefore:+0.0;-0.0} before, {last.MeanAfter:+0.0;-0.0} after); {Tone(last.MeanAfter)} now.";
        }
        var mean = dated.Average(s => s.Goldstein);
        // Too few stories for a significant shift can still lean one way: compare the earliest and the latest third.
        if (dated.Count >= 4)
        {
            int third = Math.Max(1, dated.Count / 3);
            double early = dated.Take(third).Average(s => s.Goldstein), late = dated.TakeLast(third).Average(s => s.Goldstein);
            if (Math.Abs(late - early) >= 2)
                return $"{a}–{b}: {(late < early ? "worsening" : "improving")} from {PeriodOf(dated[0].Date!, "year")} to {PeriodOf(dated[^1].Date!, "year")} " +
                       $"(mean Goldstein {early:+0.0;-0.0} in the earliest third of {dated.Count} dated stories, {late:+0.0;-0.0} in the latest), though no single shift is significant; {Tone(late)} now.";
        }
        return $"{a}–{b}: no significant shift over {dated.Count} dated stories; {Tone(mean)} overall (mean Goldstein {mean:+0.0;-0.0}).";
    }
}
