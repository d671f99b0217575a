using Faultline.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Faultline.Web.Api;

/// <summary>The event filters of the CLI's 'events' command, as query parameters.</summary>
public sealed class EventQuery
{
    [FromQuery(Name = "actor")] public string? Actor { get; init; }
    [FromQuery(Name = "dyad")] public string? Dyad { get; init; }
    [FromQuery(Name = "code")] public string? Code { get; init; }
    [FromQuery(Name = "root")] public string? Root { get; init; }
    [FromQuery(Name = "quad")] public string? Quad { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "place")] public string? Place { get; init; }
    [FromQuery(Name = "doc")] public string? Doc { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    public EventFilter ToFilter(Paging paging) => new()
    {
        Actor = Actor, Dyad = QueryParse.Dyad(Dyad), Code = QueryParse.Code(Code, Root), Quad = QueryParse.Quad(Quad),
        From = QueryParse.Date("from", From), To = QueryParse.Date("to", To), Place = Place, Document = Doc,
        Limit = paging.Limit, Offset = paging.Offset,
    };
}
