using Faultline.Core.Aggregation;

namespace Faultline.Web.Api;

/// <summary>Actors as nodes (with how many stories involve them) and dyads as weighted edges, for the network page.</summary>
internal sealed record ActorNetwork(IReadOnlyList<ActorNode> Nodes, IReadOnlyList<DyadLink> Edges)
{
    public static ActorNetwork From(IReadOnlyList<Story> stories)
    {
        var edges = DyadLink.From(stories);
        var nodes = stories.SelectMany(s => s.Actor2 is null ? [s.Actor1.Key] : new[] { s.Actor1.Key, s.Actor2.Key }.Distinct())
            .Where(k => k != "")
            .GroupBy(k => k)
            .Select(g => new ActorNode(g.Key, g.Count()))
            .OrderByDescending(n => n.Stories).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return new ActorNetwork(nodes, edges);
    }
}
