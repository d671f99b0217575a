using Faultline.Core.Claims;
using Faultline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Faultline.Web.Api;

internal static class ClaimEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/claims", (StoreFactory stores, string? doc, string? limit, string? offset) =>
        {
            var paging = QueryParse.Paging(limit, offset);
            using var store = stores.Open();
            return paging.Of(store.Claims(doc, paging.Limit, paging.Offset), store.CountClaims(doc));
        }).WithSummary("Stored figures with unit, subject, period, baseline and source")
          .Produces<Page<ClaimRow>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/claims/groups", (StoreFactory stores, Core.Claims.MeasureWords measures, string? status, string? limit, string? offset) =>
        {
            if (status is not null && status is not ("corroborated" or "conflicting" or "not_comparable"))
                throw new BadParameterException("status", $"status must be corroborated, conflicting or not_comparable, got '{status}'");
            var paging = QueryParse.Paging(limit, offset);
            using var store = stores.Open();
            var groups = ClaimReconciler.Reconcile(store.SourcedClaims(), new ReconcileOptions { Measures = measures }).Where(g => status is null || g.Label == status).Select(ClaimGroupView.From).ToList();
            return paging.Slice(groups);
        }).WithSummary("Figures about the same measure across documents, grouped by the core's reconciliation: corroborated, conflicting or not comparable")
          .Produces<Page<ClaimGroupView>>().ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
