using System.Text.RegularExpressions;

namespace Faultline.Core.Temporal;

/// <summary>
/// Finds written calendar dates: "January 24, 2022", "January 24th, 2022", "24 January 2022", "the 24th of January 2022",
/// "21 Apr 2024", "Jan 13, 2014", "2022-01-24", "August 2021", "03/11/2025".
/// </summary>
/// <remarks>A numeric date is read day first ("03/11/2025" is 3 November), as the region's outlets write it, unless
/// only the month-first reading is a date ("11/23/2025").</remarks>
public sealed class DateParser
{
    private readonly MonthNames _months;
    private readonly Regex _date;

    public MonthNames Months => _months;

    public DateParser(MonthNames months)
    {
        _months = months;
        var m = months.Pattern;
        _date = new Regex(
            $@"\b(?:(?<iso>(?<iy>\d{{4}})-(?<im>\d{{2}})-(?<id>\d{{2}}))" +
            $@"|(?<d1>\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(?<m1>{m})\.?,?\s+(?<y1>\d{{4}})" +
            $@"|(?<m2>{m})\.?\s+(?<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y2>\d{{4}})" +
            $@"|(?<m3>{m})\.?,?\s+(?<y3>\d{{4}})" +
            $@"|(?<numeric>(?<na>\d{{1,2}})(?<sep>[/.])(?<nb>\d{{1,2}})\k<sep>(?<ny>\d{{4}})))\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public IEnumerable<(PartialDate Date, int Index, int Length)> FindAll(string text)
    {
        foreach (Match match in _date.Matches(text))
        {
            var date = FromMatch(match);
            if (date is not null) yield return (date.Value, match.Index, match.Length);
        }
    }

    public PartialDate? First(string text) => FindAll(text).Select(d => (PartialDate?)d.Date).FirstOrDefault();

    private PartialDate? FromMatch(Match m)
    {
        int year, month;
        int? day = null;
        if (m.Groups["numeric"].Success)
        {
            int a = int.Parse(m.Groups["na"].Value), b = int.Parse(m.Groups["nb"].Value);
            (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
            year = int.Parse(m.Groups["ny"].Value);
        }
        else if (m.Groups["iso"].Success)
        {
            year = int.Parse(m.Groups["iy"].Value);
            month = int.Parse(m.Groups["im"].Value);
            day = int.Parse(m.Groups["id"].Value);
        }
        else
        {
            var g = m.Groups["m1"].Success ? "1" : m.Groups["m2"].Success ? "2" : "3";
            month = _months.Month(m.Groups["m" + g].Value) ?? 0;
            year = int.Parse(m.Groups["y" + g].Value);
            if (m.Groups["d" + g].Success) day = int.Parse(m.Groups["d" + g].Value);
        }
        if (month is < 1 or > 12 || year is < 1000 or > 2999) return null;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month))) return null;
        return new PartialDate(year, month, day);
    }
}
