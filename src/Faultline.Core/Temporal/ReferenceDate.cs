using System.Text.RegularExpressions;
using Faultline.Core.Documents;

namespace Faultline.Core.Temporal;

/// <summary>
/// The date relative expressions are read against: the publication date where the article gives one, else the
/// latest year the article's text names (an article is not older than the events it reports), at year precision.
/// </summary>
public static partial class ReferenceDate
{
    public static PartialDate? Of(Document document)
    {
        if (PartialDate.TryParseIso(document.Metadata.Published?.Date) is { } published) return published;
        int latest = 0;
        foreach (Match m in Year().Matches(document.Text))
        {
            var y = int.Parse(m.Value);
            if (y <= DateTime.UtcNow.Year + 1) latest = Math.Max(latest, y);
        }
        return latest > 0 ? new PartialDate(latest) : null;
    }

    [GeneratedRegex(@"(?<![\d,.])\b(?:19|20)\d{2}\b(?!s)")]
    private static partial Regex Year();
}
