namespace Faultline.Core.Temporal;

/// <summary>A date known to the year, month or day; prints as an ISO 8601 prefix (2022, 2022-01, 2022-01-24).</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public override string ToString() =>
        Month is null ? $"{Year:D4}" : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public static PartialDate? TryParseIso(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var parts = text.Split('-');
        if (!int.TryParse(parts[0], out var y) || parts[0].Length != 4) return null;
        int? m = parts.Length > 1 && int.TryParse(parts[1], out var mm) && mm is >= 1 and <= 12 ? mm : null;
        int? d = m is not null && parts.Length > 2 && int.TryParse(parts[2][..Math.Min(2, parts[2].Length)], out var dd) && dd is >= 1 and <= 31 ? dd : null;
        return new PartialDate(y, m, d);
    }
}
