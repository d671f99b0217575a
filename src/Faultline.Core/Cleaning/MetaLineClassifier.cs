using System.Text.RegularExpressions;
using Faultline.Core.Knowledge;
using Faultline.Core.Temporal;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Recognises lines about the article: a masthead naming a known outlet, a byline (a short name, maybe with a date)
/// just under the title, a credit line ("Published in Dawn, January 24th, 2022") and an update stamp
/// ("Update : 21 Apr 2024, 09:00 AM").
/// </summary>
public sealed partial class MetaLineClassifier(DateParser dates, Outlets outlets)
{
    // A byline sits within the first few lines, under the title and standfirst (a masthead, a section name and a
    // kicker may stand above them).
    private const int BylineWindow = 6;

    public MetaLine? Classify(string line, int linesKeptBefore)
    {
        if (line.Length > 160) return null;
        if (outlets.Find(line) is not null && linesKeptBefore <= BylineWindow) return new MetaLine("outlet", line);
        if (Credit().IsMatch(line)) return new MetaLine("credit", line);
        // "ANALYSIS | November 2025 issue", "Issue 118 | Monday, October 27, 2025": a magazine or a newsletter dates its
        // articles by the issue.
        if (linesKeptBefore <= BylineWindow && Issue().IsMatch(line) && dates.First(line) is not null) return new MetaLine("issue", line);
        // ("By the foreign desk | Last updated: 29 October 2025": a stamp may be one part of a line set off by bars, unless
        // another part names the author: "Hina Baloch | Published: March 9" is a byline.)
        foreach (var part in linesKeptBefore <= BylineWindow && BarredName(line, dates, outlets) is null ? Parts(line) : [line])
            if (Stamp().Match(part) is { Success: true } stamp && dates.First(stamp.Groups["when"].Value) is not null)
                return new MetaLine(stamp.Groups["update"].Success ? "update" : "published", line);
        if (linesKeptBefore is >= 1 and <= BylineWindow && IsByline(line)) return new MetaLine("byline", line);
        // "THE FRONTIER REVIEW | December 2025 | Analysis": a masthead whose parts are short, one of them wholly a date,
        // dates the issue.
        if (linesKeptBefore <= BylineWindow && line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts
            && parts.All(p => p.Split(' ').Length <= 5) && parts.Any(p => dates.FindAll(p).Any(d => d.Index == 0 && d.Length == p.TrimEnd('.').Length)))
            return new MetaLine("issue", line);
        return null;
    }

    private bool IsByline(string line)
    {
        if (BarredName(line, dates, outlets) is not null) return true;
        // ("PRESS RELEASE", "SENATE DIARY": a label in capitals is a section's name, not a person's.)
        if (PlainTextCleaner.IsMasthead(line) && !line.StartsWith("BY ", StringComparison.Ordinal)) return false;
        var rest = line;
        var found = dates.FindAll(line).LastOrDefault();
        if (found.Length > 0)
        {
            if (found.Index + found.Length < line.TrimEnd('.').Length - 12) return false;
            rest = line[..found.Index].TrimEnd(Separators);
            // "Irfan Mohmand | Published: November 2, 2023": the label of the date is not part of the name.
            rest = WithoutDateLabel(rest);
        }
        // "Saima Qureshi, Senior Research Fellow": a name followed by a short position.
        var comma = rest.IndexOf(',');
        if (comma > 0 && rest[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5) rest = rest[..comma];
        return BylineName().IsMatch(rest);
    }

    /// <summary>
    /// "By Farhat Ullah Jan | The Frontier Ledger | Peshawar, January 31, 2023", "Abdul Wahid Kakar | Chaman | October 24,
    /// 2025 | The Quetta Courier": in a byline whose parts are set off by bars, one part dated, the part that is a name
    /// (else null).
    /// </summary>
    /// <remarks>A part opening with "By" wins; a known outlet ("The Frontier Post") is no name.</remarks>
    internal static string? BarredName(string line, DateParser dates, Outlets outlets)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts.Any(p => dates.First(p) is not null)) return null;
        var names = parts.Where(p => dates.First(p) is null && BylineName().IsMatch(p) && outlets.Find(p) is null).ToList();
        return names.FirstOrDefault(p => p.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) ?? names.FirstOrDefault();
    }

    /// <summary>The parts of a line set off by bars, by wide gaps, or before a stamp's label ("Programme: NEWS AT NINE TX: SAT
    /// 28/12/2024").</summary>
    private static string[] Parts(string line) => PartBreak().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();

    [GeneratedRegex(@"\s*\|\s*|\s{3,}|\s+(?=(?:TX|Tx|Broadcast|Aired|Transmission|Dated|Issued)\s*:)")]
    private static partial Regex PartBreak();

    /// <summary>What a publication stamp in the line dates ("Issued: 6 September 2025" of "Coverage: ... | Issued: ..."), or null.</summary>
    internal static string? Stamped(string line) =>
        Parts(line).Select(p => Stamp().Match(p)).FirstOrDefault(m => m.Success)?.Groups["when"].Value;

    /// <summary>What may stand between a byline's name and its date: "Ahmed Raza | March 2", "Nadia Ferozan · November 2025".</summary>
    internal static readonly char[] Separators = [' ', ',', '|', '-', '–', '—', '·', '•'];

    /// <summary>"Irfan Mohmand | Published:" without the label of the date that followed it.</summary>
    internal static string WithoutDateLabel(string name) => DateLabel().Replace(name, "");

    [GeneratedRegex(@"\s*[|,–—·•-]?\s*(?:published|posted|updated|filed)(?:\s+on)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:(?:[\p{L} ]{1,30}\s*[|:–—-]\s*){0,3}(?:\p{L}+\s+)?\d{4}\s+(?:issue|edition)|(?:vol(?:ume)?\.?\s*\d+\s*[,|·•]?\s*)?(?:issue(?:\s+no\.?)?|no\.|number|edition)\s*#?\d{1,4}\s*[|:–—·•,-]\s*[^|]{6,40}(?:\|.*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Issue();

    [GeneratedRegex(@"^published in .{2,80}?,\s*.+$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    // ("Date of issue: 16 September 2025", "Issued: 3 May", "Broadcast: Saturday 31 May 2025", "TX: SAT 28/12/2024",
    // "Dated: 30 May 2025": a report's issue date, a programme's air date, is its publication; those labels only with a
    // colon, or right before the day's number ("Released 31 October 2025"), not "Released on bail on 3 May, ...". A post's
    // time stamp, "9:02 AM · Apr 3, 2025", dates a thread by its first post.)
    [GeneratedRegex(@"^(?:(?:(?<update>(?:last\s+)?updated?)|published|posted|first published)\s*(?:on|at)?\s*:?|(?:date of (?:issue|publication)|issued|release date|released|broadcast|aired|first broadcast|dated|tx|transmission)\s*:|(?:released|issued|dated)\s+(?=\d)|\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?\s*·)\s*(?<when>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    // "By Kamran Yousaf", "Dr Anwesha Ghosh", "Kamran Yousaf and Jane Roe": two to four capitalised words per name.
    [GeneratedRegex(@"^(?:[Bb]y\s+)?(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Amb)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})?$")]
    private static partial Regex BylineName();
}
