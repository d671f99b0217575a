using Faultline.Core.Documents;

namespace Faultline.Core.Aggregation;

/// <summary>
/// One real-world event as reported by one or more documents: the events that describe it and the attributes
/// reconciled from them (most precise agreeing date, most specific place, the range of fatalities reported).
/// </summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required string Block { get; init; }
    public string? Date { get; init; }
    public required string Code { get; init; }
    public string Root => Code[..2];
    public int Quad { get; init; }
    public double Goldstein { get; init; }
    public required ActorRef Actor1 { get; init; }
    public ActorRef? Actor2 { get; init; }
    public string? Location { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public int? FatalitiesLow { get; init; }
    public int? FatalitiesHigh { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required IReadOnlyList<string> Outlets { get; init; }
    public required IReadOnlyList<long> Events { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<string> Issues { get; init; } = [];
}
