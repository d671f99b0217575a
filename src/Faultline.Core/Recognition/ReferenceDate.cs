using Faultline.Core.Documents;

namespace Faultline.Core.Recognition;

/// <summary>
/// The date against which time-limited names resolve: the publication date (its last day when only a month
/// or year is known), else the last day of the latest year the text mentions, else null (the present).
/// The lines the cleaner set aside as being about the article (a date line the metadata reader could not
/// read) count as text here.
/// </summary>
public static class ReferenceDate
{
    public static DateOnly? Of(Document document)
    {
        if (FromIso(document.Metadata.Published?.Date) is { } published) return published;
        DateOnly? latest = LatestYear(document.Text);
        foreach (var line in document.MetaLines)
            if (LatestYear(line.Text) is { } year && (latest is null || year > latest)) latest = year;
        return latest;
    }

    public static DateOnly? FromIso(string? iso)
    {
        if (string.IsNullOrEmpty(iso)) return null;
        var p = iso.Split('-');
        if (!int.TryParse(p[0], out var year) || year is < 1000 or > 3000) return null;
        int month = p.Length > 1 && int.TryParse(p[1], out var m) && m is >= 1 and <= 12 ? m : 12;
        int last = DateTime.DaysInMonth(year, month);
        int day = p.Length > 2 && int.TryParse(p[2], out var d) && d >= 1 && d <= last ? d : last;
        return new DateOnly(year, month, day);
    }

    /// <summary>The last day of the latest year (1900-2099) written in <paramref name="text"/>.</summary>
    public static DateOnly? LatestYear(string text)
    {
        int latest = 0;
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '/'))) continue;
            int end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            // A year is four digits, not part of a larger number ("2,640", "1.5").
            bool number = end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]);
            if (end - i == 4 && !number && text[i] is '1' or '2' && (text[i + 1] == '9' || (text[i] == '2' && text[i + 1] == '0')))
                latest = Math.Max(latest, int.Parse(text.AsSpan(i, 4)));
            i = end;
        }
        return latest > 0 ? new DateOnly(latest, 12, 31) : null;
    }
}
