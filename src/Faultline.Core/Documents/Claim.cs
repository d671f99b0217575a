namespace Faultline.Core.Documents;

/// <summary>A quantitative statement: a figure with what it measures, the period it covers and who says so.</summary>
public sealed record Claim
{
    public required double Value { get; init; }
    /// <summary>Upper bound of a range ("300 to 400"), else null.</summary>
    public double? ValueHigh { get; init; }
    /// <summary>percent, people, attacks, km, usd or count.</summary>
    public required string Unit { get; init; }
    /// <summary>exact, at_least, at_most, about, more_than, less_than.</summary>
    public string Qualifier { get; init; } = "exact";
    public string? Subject { get; init; }
    /// <summary>level, or change (rise, fall).</summary>
    public string Kind { get; init; } = "level";
    /// <summary>For a change: rise or fall; null for a level.</summary>
    public string? Direction { get; init; }
    public string? Period { get; init; }
    public string? Baseline { get; init; }
    /// <summary>How the period was found: explicit (a date in the sentence), relative (to the publication date),
    /// context (a month or "the year" completed from the text around it) or inherited (from the figure before).</summary>
    public string? PeriodBasis { get; init; }
    /// <summary>The part of the period the figure covers ("first nine months"); null for the whole period.</summary>
    public string? PeriodPart { get; init; }
    public string? Source { get; init; }
    public ActorRef? SourceActor { get; init; }
    public int Sentence { get; init; }
    public TextSpan Span { get; init; }
    public required string RuleId { get; init; }
}
