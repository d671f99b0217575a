using Faultline.Core.Claims;
using Faultline.Core.Cleaning;
using Faultline.Core.Knowledge;
using Faultline.Core.Segmentation;
using Faultline.Core.Temporal;

namespace Faultline.Core.Analysis;

/// <summary>Every data file the pipeline needs, loaded and validated once at start.</summary>
public sealed class KnowledgeBase
{
    public required string Root { get; init; }
    public required MonthNames Months { get; init; }
    public required DateParser Dates { get; init; }
    public required Abbreviations Abbreviations { get; init; }
    public required FurnitureRules Furniture { get; init; }
    public required Outlets Outlets { get; init; }
    public required DateResolver DateResolver { get; init; }
    public required Coding.EventCodingKnowledge Events { get; init; }
    public required Aggregation.IssueLexicon Issues { get; init; }
    public required RecognitionKnowledge Recognition { get; init; }
    public required HtmlHints HtmlHints { get; init; }
    public required ClaimLexicons Claims { get; init; }

    public Aggregation.StoryBuilder StoryBuilder() => new(Events.Codes, Issues);

    public static KnowledgeBase Load(string? root = null)
    {
        root ??= DataDirectory.Default;
        // The recognition base is the largest; it loads on a second core while the small files load here.
        var recognition = Task.Run(() => RecognitionKnowledge.Load(root));
        var months = MonthNames.Load(root);
        var dates = new DateParser(months);
        return new KnowledgeBase
        {
            Root = root,
            Months = months,
            Dates = dates,
            Abbreviations = Abbreviations.Load(root),
            Furniture = FurnitureRules.Load(root),
            Outlets = Outlets.Load(root),
            DateResolver = new DateResolver(dates, months),
            Events = Coding.EventCodingKnowledge.Load(root),
            Issues = Aggregation.IssueLexicon.Load(root),
            Recognition = recognition.GetAwaiter().GetResult(),
            HtmlHints = HtmlHints.Load(root),
            Claims = ClaimLexicons.Load(root, months),
        };
    }
}
