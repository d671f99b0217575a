using Faultline.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Faultline.Web.Api;

/// <summary>The story filters of the CLI's 'timeline' command, as query parameters.</summary>
public sealed class StoryQuery
{
    [FromQuery(Name = "actor")] public string? Actor { get; init; }
    [FromQuery(Name = "dyad")] public string? Dyad { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "quad")] public string? Quad { get; init; }
    [FromQuery(Name = "issue")] public string? Issue { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    public StoryFilter ToFilter(Paging paging) => new()
    {
        Actor = Actor, Dyad = QueryParse.Dyad(Dyad), From = QueryParse.Date("from", From), To = QueryParse.Date("to", To),
        Quad = QueryParse.Quad(Quad), Issue = string.IsNullOrWhiteSpace(Issue) ? null : Issue, Limit = paging.Limit, Offset = paging.Offset,
    };
}
