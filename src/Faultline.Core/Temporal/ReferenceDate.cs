using System.Text.RegularExpressions;
using Faultline.Core.Documents;

namespace Faultline.Core.Temporal;

/// <summary>
/// The date relative expressions and time-limited names are read against: the publication date where the article
/// gives one, else the latest year its text (or a line about it the cleaner set aside) names, at year precision:
/// an article is not older than the events it reports.
/// </summary>
public static partial class ReferenceDate
{
    /// <param name="citations">The article's citations when the caller has read them already.</param>
    public static PartialDate? Of(Document document, DateParser? dates = null, CitationDates? citations = null)
    {
        if (PartialDate.TryParseIso(document.Metadata.Published?.Date) is { } published) return published;
        int latest = LatestYear(document.Text);
        foreach (var line in document.MetaLines) latest = Math.Max(latest, LatestYear(line.Text));
        // An article is not older than the works it cites: the latest dated citation bounds it from below, to the month.
        citations ??= dates is null ? null : new CitationDates(document, dates);
        if (citations?.Latest is { } cited && cited.Year >= latest)
            return new PartialDate(cited.Year, cited.Month);
        return latest > 0 ? new PartialDate(latest) : null;
    }

    /// <summary>The last day the reference date covers (31 December for a year), or null for the present.</summary>
    public static DateOnly? LastDayOf(Document document) => Of(document) is { } d ? LastDay(d) : null;

    public static DateOnly LastDay(PartialDate d)
    {
        int month = d.Month ?? 12;
        return new DateOnly(d.Year, month, d.Day ?? DateTime.DaysInMonth(d.Year, month));
    }

    private static int LatestYear(string text)
    {
        int latest = 0;
        foreach (Match m in Year().Matches(text))
        {
            var y = int.Parse(m.Value);
            if (y <= DateTime.UtcNow.Year + 1) latest = Math.Max(latest, y);
        }
        return latest;
    }

    [GeneratedRegex(@"(?<![\d,./])\b(?:19|20)\d{2}\b(?!s)")]
    private static partial Regex Year();
}
