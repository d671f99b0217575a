using Faultline.Core.Documents;

namespace Faultline.Core.Aggregation;

/// <summary>One document's coded event, as story building sees it.</summary>
public sealed record StoryEvent(long Id, string Doc, string? Outlet, string Code, string? Date, ActorRef Actor1, ActorRef? Actor2,
    string? Location, double? Lat, double? Lon, int? Fatalities, string Sentence)
{
    public string Root => Code[..2];

    /// <summary>Events in different blocks never describe the same act: same root and same actor1.</summary>
    public string Block => $"{Root}|{Actor1.Key}";
}
