using Faultline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Faultline.Web.Api;

internal static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", (StoreFactory stores, string? limit, string? offset) =>
        {
            var paging = QueryParse.Paging(limit, offset);
            using var store = stores.Open();
            return paging.Of(store.Documents(limit: paging.Limit, offset: paging.Offset), store.Counts().Documents);
        }).WithSummary("Stored documents (newest version of each), with publication date and record counts");

        api.MapGet("/documents/{id}", (StoreFactory stores, string id) =>
        {
            using var store = stores.Open();
            if (store.Analysis(id) is not { } found) return Hosting.Problems.NotFound($"no document '{id}'");
            var events = store.Events(new EventFilter { Document = id });
            return Results.Ok(new DocumentDetail(found.Analysis, found.Text, store.Sentences(id), events, store.Claims(id)));
        }).WithSummary("One document: its analysis object, cleaned text, sentence offsets, events and claims")
          .Produces<DocumentDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/counts", (StoreFactory stores) =>
        {
            using var store = stores.Open();
            return store.Counts();
        }).WithSummary("How many documents, events, claims, actors, stories and failures are stored");
    }
}
