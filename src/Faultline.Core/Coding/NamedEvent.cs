using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>An event known by name (data/kb/named-events.tsv): its names and what an analyst knows of it.</summary>
public sealed record NamedEvent(string Id, IReadOnlyList<string> Names, string Code, ActorRef Actor1, ActorRef? Actor2, string Date, string? Place)
{
    /// <summary>The only act of its kind between its actors: an undated report of that act (same actors and code) is this event.</summary>
    public bool Unique { get; init; }
}
