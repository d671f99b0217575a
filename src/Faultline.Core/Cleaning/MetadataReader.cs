using System.Text.RegularExpressions;
using Faultline.Core.Documents;
using Faultline.Core.Knowledge;
using Faultline.Core.Pipeline;
using Faultline.Core.Temporal;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Fills title, author, outlet and publication date from the lines the cleaner set aside and the text's opening.
/// Fields an earlier stage already set (HTML metadata) are kept. A site header date is never used:
/// the cleaner has already removed it as furniture.
/// </summary>
/// <param name="clock">Today, for a dateline without a year (the latest past year it fits); the system clock by default.</param>
public sealed partial class MetadataReader(DateParser dates, Outlets outlets, TimeProvider? clock = null) : IStage
{
    public string Name => "metadata";
    public IReadOnlyCollection<string> Requires => [Annotations.Text];
    public IReadOnlyCollection<string> Produces => [Annotations.Metadata];

    private const int MaxTitleWords = 25;

    public void Process(Document document)
    {
        var meta = document.Metadata;
        meta.Title ??= Title(document.Text);
        // A "Published:" stamp says it outright, then a byline's date ("By Sadia Qureshi | April 8, 2024" over a bare
        // "Wednesday, May 15, 2024" line, a site's date, standing before it); a date line under the title, an issue and an
        // update stamp come after them, in that order of trust.
        foreach (var line in document.MetaLines.OrderBy(l => l.Kind == "published" ? 0 : l.Kind is "byline" or "byline-date" ? 1 : 2))
        {
            switch (line.Kind)
            {
                case "outlet":
                    meta.Outlet ??= line.Text.Split('|').Select(part => outlets.Find(part.Trim())).FirstOrDefault(o => o is not null);
                    break;
                case "byline":
                    var date = dates.FindAll(line.Text).LastOrDefault();
                    var name = MetaLineClassifier.BarredName(line.Text, dates, outlets) ?? (date.Length > 0 ? MetaLineClassifier.WithoutDateLabel(line.Text[..date.Index].TrimEnd()) : line.Text);
                    meta.Author ??= CleanName(name);
                    // ("The Express Tribune | By Rukhsana Baig | March 4, 2031": the outlet may share the line.)
                    meta.Outlet ??= line.Text.Split('|').Select(part => outlets.Find(part.Trim())).FirstOrDefault(o => o is not null);
                    if (date.Length > 0) meta.Published ??= new PublishedDate(date.Date.ToString(), "byline");
                    break;
                case "credit":
                    var credit = Credit().Match(line.Text);
                    if (credit.Success) meta.Outlet ??= outlets.Find(credit.Groups[1].Value) ?? credit.Groups[1].Value.Trim();
                    if (dates.First(line.Text) is { } published) meta.Published ??= new PublishedDate(published.ToString(), "byline");
                    break;
                case "date" or "byline-date":
                    if (dates.First(line.Text) is { } dated) meta.Published ??= new PublishedDate(dated.ToString(), "byline");
                    break;
                case "issue":
                    if (dates.First(line.Text) is { } issue) meta.Published ??= new PublishedDate(issue.ToString(), "byline");
                    break;
                case "published":
                    // ("Coverage: 31 August - 5 September 2025 | Issued: 6 September 2025": the stamp's own date.)
                    if (dates.First(MetaLineClassifier.Stamped(line.Text) ?? line.Text) is { } stamped) meta.Published ??= new PublishedDate(stamped.ToString(), "byline");
                    break;
                case "update":
                    if (dates.First(line.Text) is { } updated) meta.Published ??= new PublishedDate(updated.ToString(), "update");
                    break;
            }
        }
        meta.Published ??= Dateline(document.Text);
    }

    private static string? Title(string text)
    {
        foreach (var paragraph in text.Split("\n\n").Take(4))
        {
            var line = paragraph.Trim();
            // A masthead or section name in capitals ("THE FRONTIER REVIEW", "OPINION") or a section path
            // ("ASIA CURRENTS | South Asia", "Opinion / Analysis") stands above the title.
            if (line.Length > 0 && PlainTextCleaner.IsMasthead(line)) continue;
            // "Torkham reopens | Dawn": the title before the site's name; "ASIA CURRENTS | South Asia": a section path.
            if (line.IndexOf('|') is > 0 and var bar)
            {
                var head = line[..bar].Trim();
                if (head.Split(' ').Length >= 3 && !head.Where(char.IsLetter).All(char.IsUpper)) return head;
                if (line.Split(' ').Length <= 6) continue;
            }
            if (line.Contains(" / ") && line.Split(' ').Length <= 4) continue;
            if (line.Length == 0 || line.Split(' ').Length > MaxTitleWords || line.EndsWith('.')) return null;
            return line;
        }
        return null;
    }

    /// <summary>A news-agency dateline opening the first paragraphs: "KABUL, April 17 (Reuters) -", "ISLAMABAD, 5 Jan 2024:".</summary>
    private PublishedDate? Dateline(string text)
    {
        // (A site's furniture may leave a few short lines above it: "SENATE DIARY", "From our Parliamentary Correspondent".)
        var paragraphs = text.Split("\n\n");
        for (int p = 0; p < Math.Min(paragraphs.Length, DatelineParagraphs); p++)
        {
            var paragraph = paragraphs[p];
            // The dateline may also stand on a line of its own under the byline: "PESHAWAR, September 7, 2023".
            // ("CHAMAN, Balochistan — January 14, 2024": the place's own dash may end a lead dateline before its date.)
            var line = paragraph.Split('\n').Select(l => DatelineLine().Match(l.Trim())).FirstOrDefault(l => l.Success);
            var m = line ?? Datelines.Lead().Match(paragraph);
            if (!m.Success) continue;
            if (dates.First(m.Value) is { } date) return new PublishedDate(date.ToString(), "dateline");
            if (YearLess(m.Value, text, OwnItem(paragraphs, p), paragraph) is { } inferred) return new PublishedDate(inferred.ToString(), "dateline");
        }
        return null;
    }

    /// <summary>"March 21" with no year: the year in which the weekdays the story names fit it (<see cref="DatelineYear"/>).</summary>
    /// <param name="opening">The dateline's own paragraph, whose weekdays tell the day's news.</param>
    private PartialDate? YearLess(string dateline, string text, string lead, string opening)
    {
        var m = Regex.Match(dateline, $@"\b(?<m>{dates.Months.Pattern})\.?\s+(?<d>\d{{1,2}})\b", RegexOptions.IgnoreCase);
        if (!m.Success || dates.Months.Month(m.Groups["m"].Value) is not { } month) return null;
        int day = int.Parse(m.Groups["d"].Value);
        // (Not a day looked ahead to: "is expected to return to Kabul on Monday" names no day of the past week.)
        // (The dateline's own item first: in a roundup of several datelines, the other items' weekdays are of their days.)
        var named = Weekdays(lead) is { Count: > 0 } own ? own : Weekdays(text);
        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        // ("in 2024-25": the second year of a span counts.)
        // (Not a year looked ahead to: "until 2025", "by 2030".)
        var latestNamed = YearNamed().Matches(text).Where(y => !LookingAhead().IsMatch(text[..y.Index]))
            .Select(y => int.Parse(y.Groups["y"].Value) is var start && y.Groups["end"].Success ? start + (int.Parse(y.Groups["end"].Value) - start % 100 + 100) % 100 : start)
            .Where(y => y <= today.Year).DefaultIfEmpty().Max();
        return DatelineYear.Infer(month, day, named, today, latestNamed > 0 ? latestNamed : null, Weekdays(opening)) is { } year ? new PartialDate(year, month, day) : null;
    }

    /// <summary>The text a dateline heads: from its paragraph up to the next paragraph that opens with a dateline of its own
    /// (a roundup's next item), else to the end.</summary>
    private static string OwnItem(string[] paragraphs, int first)
    {
        int end = first + 1;
        while (end < paragraphs.Length && !Datelines.Lead().IsMatch(paragraphs[end])) end++;
        return string.Join("\n\n", paragraphs[first..end]);
    }

    /// <summary>The weekdays a text names as past days ("on Tuesday"), not days looked ahead to.</summary>
    private static HashSet<DayOfWeek> Weekdays(string text) =>
        Weekday().Matches(text).Where(w => !FutureBefore().IsMatch(WordsBefore(text, w.Index)))
            .Select(w => Enum.Parse<DayOfWeek>(w.Groups[1].Value, ignoreCase: true)).ToHashSet();

    // How many paragraphs from the top a dateline may open.
    private const int DatelineParagraphs = 6;

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})(?:-(?<end>\d{2}))?(?!\d)")]
    private static partial Regex YearNamed();

    [GeneratedRegex(@"\b(?:until|till|by|before|through|to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LookingAhead();

    [GeneratedRegex(@"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    /// <summary>The words just before a position (at most <see cref="LookAheadWords"/>), within its sentence.</summary>
    private static string WordsBefore(string text, int at)
    {
        int start = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, at - 1));
        var words = text[(start + 1)..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.TakeLast(LookAheadWords));
    }

    // How many words before a weekday may say it is looked ahead to ("is expected to return to Kabul on Monday").
    private const int LookAheadWords = 12;

    // ("He is due in Islamabad on Thursday", "called the committee to meet on Friday": a visit due, a meeting an
    // infinitive plans.)
    [GeneratedRegex(@"\b(?:will|shall|is expected to|are expected to|is due|are due|is scheduled to|are scheduled to|plans to|plan to|next)\b|\bto (?-i:[a-z]+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FutureBefore();

    private static string CleanName(string name)
    {
        name = BylinePrefix().Replace(name.Trim(MetaLineClassifier.Separators), "");
        // "Saima Qureshi, Senior Research Fellow": the name, not the position.
        var comma = name.IndexOf(',');
        return (comma > 0 ? name[..comma] : name).Trim();
    }

    [GeneratedRegex(@"^published in (.{2,80}?),", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    // ("CHAMAN, Balochistan — January 14, 2024": a dash may part the place from the date.)
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'/-]{2,39}(?:,\s*\p{L}+)?\s*[,—–-]\s*(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}$")]
    private static partial Regex DatelineLine();

    [GeneratedRegex(@"^(?:[Bb]y\s+)?(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Amb)\.?\s+)?")]
    private static partial Regex BylinePrefix();
}
