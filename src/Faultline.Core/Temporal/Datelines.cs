using System.Text.RegularExpressions;

namespace Faultline.Core.Temporal;

/// <summary>
/// A news-agency dateline opening a report: "KABUL, April 17 (Reuters) -", "ISLAMABAD, 5 Jan 2024:". Metadata reads
/// the publication date from it; the event coder keeps its date from being taken for the date of the act told after it.
/// </summary>
public static partial class Datelines
{
    [GeneratedRegex(@"^[\p{Lu} .,'/-]{3,40},\s*[^\n]{3,40}?\s*(?:\([^)]{2,30}\))?\s*[-–—:]", RegexOptions.None)]
    public static partial Regex Lead();
}
