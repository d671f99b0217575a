using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>Every lexicon the claim rules read, loaded once with the knowledge base.</summary>
public sealed class ClaimLexicons
{
    public required NumberWords Numbers { get; init; }
    public required Qualifiers Qualifiers { get; init; }
    public required Units Units { get; init; }
    public required ChangeWords Changes { get; init; }
    public required RelativeTimes RelativeTimes { get; init; }
    public required BaselineCues BaselineCues { get; init; }
    public required AttributionCues Attribution { get; init; }
    public required MonthNames Months { get; init; }
    public required MeasureWords Measures { get; init; }

    public static ClaimLexicons Load(string dataRoot, MonthNames months) => new()
    {
        Numbers = NumberWords.Load(dataRoot),
        Qualifiers = Qualifiers.Load(dataRoot),
        Units = Units.Load(dataRoot),
        Changes = ChangeWords.Load(dataRoot),
        RelativeTimes = RelativeTimes.Load(dataRoot),
        BaselineCues = BaselineCues.Load(dataRoot),
        Attribution = AttributionCues.Load(dataRoot),
        Months = months,
        Measures = MeasureWords.Load(dataRoot),
    };

    public ReconcileOptions ReconcileOptions => new() { Measures = Measures };
}
