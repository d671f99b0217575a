using Faultline.Core.Aggregation;
using Faultline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Faultline.Web.Api;

internal static class StoryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/timeline", (StoreFactory stores, [AsParameters] StoryQuery query) =>
        {
            var paging = QueryParse.Paging(query.Limit, query.Offset);
            var filter = query.ToFilter(paging);
            using var store = stores.Open();
            var stories = store.Stories(filter);
            return paging.Of(WithEvidence(store, stories), store.CountStories(filter));
        }).WithSummary("Stories (events merged across documents) in date order, each with the sentences it came from")
          .Produces<Page<TimelineStory>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/dyad", (StoreFactory stores, Core.Knowledge.Governments governments, string? a, string? b, string? by, string? issue) =>
        {
            var (first, second) = (QueryParse.Required("a", a).ToUpperInvariant(), QueryParse.Required("b", b).ToUpperInvariant());
            var period = QueryParse.Period(by);
            using var store = stores.Open();
            // A state acts for the group governing it then (as in the CLI's dyad): read every story, not only the dyad's keys.
            var stories = store.Stories(new StoryFilter { Issue = string.IsNullOrWhiteSpace(issue) ? null : issue });
            return TrendCalculator.Compute(stories, first, second, period, governedBy: governments.GroupAt);
        }).WithSummary("How the relationship of a and b moves between cooperation and conflict, per year, quarter or month, with change points")
          .Produces<DyadTrend>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/dyads", (StoreFactory stores, string? limit, string? offset) =>
        {
            var paging = QueryParse.Paging(limit, offset);
            using var store = stores.Open();
            return paging.Slice(DyadLink.From(store.Stories(new StoryFilter())));
        }).WithSummary("Pairs of actors with stories between them, most stories first")
          .Produces<Page<DyadLink>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/network", (StoreFactory stores) =>
        {
            using var store = stores.Open();
            return ActorNetwork.From(store.Stories(new StoryFilter()));
        }).WithSummary("Actors as nodes and the stories between them as weighted edges");
    }

    private static List<TimelineStory> WithEvidence(IDocumentStore store, IReadOnlyList<Story> stories)
    {
        var ids = stories.SelectMany(s => s.Events).Distinct().ToList();
        var events = ids.Count == 0 ? [] : store.Events(new EventFilter { Ids = ids }).ToDictionary(e => e.Id);
        return stories.Select(s => new TimelineStory(s, s.Events
            .Select(id => events.GetValueOrDefault(id))
            .OfType<EventRow>()
            .Select(e => new StoryEvidence(e.Id, e.Doc, e.SentenceIdx, e.Sentence)).ToList())).ToList();
    }
}
