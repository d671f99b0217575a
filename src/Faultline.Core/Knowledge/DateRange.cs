namespace Faultline.Core.Knowledge;

/// <summary>
/// A period during which a name or an affiliation holds, inclusive at both ends; either end may be open.
/// Partial dates widen to the whole month or year ("2022-04" from the 1st, until the 30th).
/// </summary>
public readonly record struct DateRange(DateOnly? From, DateOnly? Until)
{
    public static readonly DateRange Always = new(null, null);

    public bool IsAlways => From is null && Until is null;

    public bool Contains(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);

    public bool Overlaps(DateRange other) =>
        (From is null || other.Until is null || From <= other.Until) && (other.From is null || Until is null || other.From <= Until);

    /// <summary>Parses "FROM..UNTIL" (either side may be empty); null when malformed.</summary>
    public static DateRange? ParseInterval(string text)
    {
        var parts = text.Split("..");
        if (parts.Length != 2) return null;
        return Parse(parts[0], parts[1]);
    }

    /// <summary>Parses the two ends of a range; null when either is malformed.</summary>
    public static DateRange? Parse(string from, string until)
    {
        DateOnly? f = null, u = null;
        if (from.Trim().Length > 0 && (f = Bound(from.Trim(), start: true)) is null) return null;
        if (until.Trim().Length > 0 && (u = Bound(until.Trim(), start: false)) is null) return null;
        return new DateRange(f, u);
    }

    private static DateOnly? Bound(string s, bool start)
    {
        var p = s.Split('-');
        if (p.Length is < 1 or > 3 || !p.All(x => x.Length > 0 && x.All(char.IsAsciiDigit))) return null;
        int year = int.Parse(p[0]);
        if (year is < 1000 or > 3000) return null;
        int month = p.Length > 1 ? int.Parse(p[1]) : start ? 1 : 12;
        if (month is < 1 or > 12) return null;
        int last = DateTime.DaysInMonth(year, month);
        int day = p.Length > 2 ? int.Parse(p[2]) : start ? 1 : last;
        return day >= 1 && day <= last ? new DateOnly(year, month, day) : null;
    }
}
