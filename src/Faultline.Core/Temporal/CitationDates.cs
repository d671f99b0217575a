using System.Text.RegularExpressions;
using Faultline.Core.Documents;

namespace Faultline.Core.Temporal;

/// <summary>
/// The dates of an article's endnotes ("[2] “At least 47 dead …” Al Jazeera, April 17, 2022."), by marker number, and
/// the markers a sentence carries ("… in Khost and Kunar.[2]"). A cited news report dates the act it reports, and the
/// latest work cited bounds an undated article's own date from below (<see cref="ReferenceDate"/>).
/// </summary>
public sealed partial class CitationDates
{
    private readonly Dictionary<int, PartialDate> _dates = [];

    public CitationDates(Document document, DateParser dates)
    {
        foreach (var (line, rule) in document.Furniture)
        {
            if (rule != Cleaning.PlainTextCleaner.CitationRule) continue;
            PartialDate? latest = null;
            foreach (var (date, _, _) in dates.FindAll(line))
                if (date.Year <= DateTime.UtcNow.Year + 1 && (latest is null || date.CompareTo(latest.Value) > 0)) latest = date;
            if (latest is not { } d) continue;
            if (Latest is null || d.CompareTo(Latest.Value) > 0) Latest = d;
            if (Marker().Match(line) is { Success: true, Index: 0 } m) _dates[int.Parse(m.Groups["n"].Value)] = d;
        }
    }

    /// <summary>The date of the latest dated work the article cites, marked or not, or null.</summary>
    public PartialDate? Latest { get; }

    public bool IsEmpty => _dates.Count == 0;

    /// <summary>The date of the latest dated work a sentence cites, or null.</summary>
    public PartialDate? Of(string sentence)
    {
        PartialDate? latest = null;
        foreach (Match m in Marker().Matches(sentence))
            if (_dates.TryGetValue(int.Parse(m.Groups["n"].Value), out var d) && (latest is null || d.CompareTo(latest.Value) > 0)) latest = d;
        return latest;
    }

    [GeneratedRegex(@"\[(?<n>\d{1,3})\]")]
    private static partial Regex Marker();
}
