using System.Globalization;
using System.Text.RegularExpressions;

namespace Faultline.Core.Cleaning;

/// <summary>Reads the machine dates pages put in meta tags, JSON-LD and &lt;time datetime&gt; as an ISO prefix.</summary>
internal static partial class HtmlDates
{
    /// <summary>"2015-07-24T05:36:09+01:00" gives "2015-07-24"; "2015-07" stays a month. The calendar date the page
    /// states is kept, not shifted to UTC: that is the date a reader of the page saw.</summary>
    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IsoPrefix().Match(value);
        if (m.Success)
        {
            var prefix = m.Groups[1].Value;
            return prefix.Length < 10 || DateTime.TryParseExact(prefix, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? prefix
                : null;
        }
        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"^\s*((?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?)(?:$|[T\s]|[+-]\d\d:?\d\d|Z)")]
    private static partial Regex IsoPrefix();
}
