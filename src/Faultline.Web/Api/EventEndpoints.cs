using Faultline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Faultline.Web.Api;

internal static class EventEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", (StoreFactory stores, [AsParameters] EventQuery query) =>
        {
            var paging = QueryParse.Paging(query.Limit, query.Offset);
            var filter = query.ToFilter(paging);
            using var store = stores.Open();
            return paging.Of(store.Events(filter), store.CountEvents(filter));
        }).WithSummary("Stored events with their sentence, filtered like the CLI's 'events' command")
          .Produces<Page<EventRow>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/search", (StoreFactory stores, string? q, string? limit, string? offset) =>
        {
            var query = QueryParse.Required("q", q);
            if (SearchQuery.ToFts(query) is null) throw new BadParameterException("q", $"q has no words to search for: '{query}'");
            var paging = QueryParse.Paging(limit, offset);
            using var store = stores.Open();
            return paging.Of(store.Search(query, paging.Limit, paging.Offset), store.CountSearch(query));
        }).WithSummary("Sentences containing every word of q (full-text, best match first; word* matches a prefix)")
          .Produces<Page<SearchHit>>().ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
