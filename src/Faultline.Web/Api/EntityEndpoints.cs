using Faultline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Faultline.Web.Api;

internal static class EntityEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        MapEntities(api, "/actors", "Actors across documents, most mentioned first", s => s.Actors());
        MapEntities(api, "/people", "People across documents, most mentioned first", s => s.People());
        MapEntities(api, "/places", "Places across documents with coordinates where known, most mentioned first", s => s.Places());
    }

    private static void MapEntities(RouteGroupBuilder api, string path, string summary, Func<IDocumentStore, IReadOnlyList<EntitySummary>> read) =>
        api.MapGet(path, (StoreFactory stores, string? limit, string? offset) =>
        {
            var paging = QueryParse.Paging(limit, offset);
            using var store = stores.Open();
            return paging.Slice(read(store));
        }).WithSummary(summary).Produces<Page<EntitySummary>>().ProducesProblem(StatusCodes.Status400BadRequest);
}
