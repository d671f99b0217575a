namespace Faultline.Core.Aggregation;

/// <summary>How a relationship moves between cooperation and conflict, period by period, with its change points.</summary>
public sealed record DyadTrend(string A, string B, string By, IReadOnlyList<TrendPeriod> Periods, IReadOnlyList<ChangePoint> ChangePoints, int Undated, string Summary)
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    /// <summary>One character per period: the mean Goldstein score from -10 (lowest bar) to +10 (highest); a space where nothing happened.</summary>
    public string Sparkline => string.Concat(Periods.Select(p => p.GoldsteinMean is { } m
        ? Bars[(int)Math.Round((m + 10) / 20 * (Bars.Length - 1))]
        : ' '));
}
