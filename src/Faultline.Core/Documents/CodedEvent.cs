namespace Faultline.Core.Documents;

/// <summary>Who did what to whom, when and where, coded in CAMEO, with the sentences it came from.</summary>
public sealed record CodedEvent
{
    public required ActorRef Actor1 { get; init; }
    public ActorRef? Actor2 { get; init; }
    public required string Code { get; init; }
    public string Root => Code[..2];
    public int Quad { get; init; }
    public double Goldstein { get; init; }
    /// <summary>ISO 8601 prefix as precise as the text allows, or null.</summary>
    public string? Date { get; init; }
    public DocumentPlace? Location { get; init; }
    public int? Fatalities { get; init; }
    /// <summary>Indexes of the sentences that report this event; the first is the main evidence.</summary>
    public List<int> Sentences { get; init; } = [];
    public TextSpan Evidence { get; init; }
    /// <summary>The stretch of the evidence between the commas around the words that report the act (its phrase, for
    /// telling a habit in it from one elsewhere in the sentence).</summary>
    public TextSpan Phrase { get; init; }
    public required string PatternId { get; init; }
    /// <summary>The lemma of the word that reports the act ("agree", "assure"), or empty.</summary>
    public string Word { get; init; } = "";
}
