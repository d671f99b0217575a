using System.Text;
using System.Text.RegularExpressions;
using Faultline.Core.Documents;
using Faultline.Core.Pipeline;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Reduces a plain-text or Markdown article to its own text: drops page furniture (site header dates, ads,
/// share prompts, comment forms, teaser lists after the article) and sets aside byline, credit and update
/// lines for the metadata reader. Each kept line becomes a paragraph; paragraphs are separated by a blank line.
/// </summary>
public sealed partial class PlainTextCleaner(FurnitureRules rules, MetaLineClassifier metaLines) : IStage
{
    public string Name => "clean-text";
    public IReadOnlyCollection<string> Requires => [Annotations.Raw];
    public IReadOnlyCollection<string> Produces => [Annotations.Text];

    // A "tail" marker ends the article only once some of its body has been seen, so that a heading such as
    // "Notes" at the very top does not swallow the article.
    private const int MinBodyCharsBeforeTail = 400;

    public void Process(Document document)
    {
        if (document.Format == SourceFormat.Html) return;
        var kept = new List<string>();
        int bodyChars = 0;
        bool inTail = false, inCitations = false;
        // Whether the line before was a byline: a date alone under it is the article's (an author's name over
        // "May 14, 2024"), even after a title that reads like a sentence.
        bool afterByline = false;
        foreach (var rawLine in document.Raw.Split('\n'))
        {
            var line = document.Format == SourceFormat.Markdown ? MarkdownText.Strip(rawLine) : rawLine;
            line = Whitespace().Replace(line, " ").Trim();
            if (line.Length == 0) continue;
            if (inTail)
            {
                document.Furniture.Add((line, inCitations ? CitationRule : "tail"));
                continue;
            }
            var words = line.Split(' ').Length;
            var match = rules.Match(line);
            bool underByline = afterByline;
            afterByline = false;
            // A date alone above the title is the site's header (the day of the visit); below the title, the article's date.
            if (match is { Kind: FurnitureKind.HeaderDate } && (bodyChars == 0 || underByline))
            {
                // A masthead in capitals above it ("PAK-AFGHAN MONITOR") does not make it the article's.
                if (kept.All(IsMasthead) && !underByline) document.Furniture.Add((line, "header-date"));
                // ("By Sadia Gul / December 18, 2023": the date under a byline is the byline's, above a site's date line.)
                else document.MetaLines.Add(new MetaLine(underByline ? "byline-date" : "date", line));
                continue;
            }
            if (match is { Kind: FurnitureKind.Line })
            {
                document.Furniture.Add((line, match.Value.Rule));
                continue;
            }
            if (match is { Kind: FurnitureKind.Tail } && bodyChars >= MinBodyCharsBeforeTail)
            {
                inCitations = Citations().IsMatch(line);
                document.Furniture.Add((line, match.Value.Rule));
                inTail = true;
                continue;
            }
            var meta = metaLines.Classify(line, kept.Count);
            if (meta is not null)
            {
                document.MetaLines.Add(meta);
                afterByline = meta.Kind == "byline";
                continue;
            }
            kept.Add(Bullet().Replace(line, ""));
            // Body text is sentences; a long headline ("Explainer: What ... and what they did not") is not, and the
            // article's date may still follow it.
            if (words > 12 && (".?!\"”’)]".Contains(line[^1]) || line.Contains(". "))) bodyChars += line.Length;
        }
        document.Text = string.Join("\n\n", kept);
    }

    /// <summary>
    /// A masthead or section name ("THE FRONTIER REVIEW", "OPINION"): a few words in capitals. A longer line in capitals
    /// is a headline ("PAKISTAN SHUTS TORKHAM CROSSING AFTER CLASHES").
    /// </summary>
    public static bool IsMasthead(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>The rule of lines under an endnotes or references heading: the works the article cites.</summary>
    public const string CitationRule = "citation";

    [GeneratedRegex(@"^(?:end\s*notes?|foot\s*notes?|references|notes|sources|bibliography)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Citations();

    [GeneratedRegex(@"^[•●▪◦·]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();
}
