using Faultline.Storage;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Faultline.Web.Api;

/// <summary>The story filters of the CLI's 'timeline' command, as query parameters.</summary>
internal sealed class StoryQuery
{
    [FromQuery(Name = "actor"), Description("An actor key (group or country code, e.g. TAL, PAK) on either side")] public string? Actor { get; init; }
    [FromQuery(Name = "dyad"), Description("Two actor keys separated by a comma (PAK,TAL), in either direction")] public string? Dyad { get; init; }
    [FromQuery(Name = "from"), Description("Earliest date, as YYYY, YYYY-MM or YYYY-MM-DD")] public string? From { get; init; }
    [FromQuery(Name = "to"), Description("Latest date, as YYYY, YYYY-MM or YYYY-MM-DD")] public string? To { get; init; }
    [FromQuery(Name = "quad"), Description("Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")] public string? Quad { get; init; }
    [FromQuery(Name = "issue"), Description("An issue tag (border, militancy, refugees, trade, diplomacy, aid)")] public string? Issue { get; init; }
    [FromQuery(Name = "limit"), Description("Page size, 1 to 1000 (default 100)")] public string? Limit { get; init; }
    [FromQuery(Name = "offset"), Description("How many matches to skip (default 0)")] public string? Offset { get; init; }

    public StoryFilter ToFilter(Paging paging) => new()
    {
        Actor = Actor, Dyad = QueryParse.Dyad(Dyad), From = QueryParse.Date("from", From), To = QueryParse.Date("to", To),
        Quad = QueryParse.Quad(Quad), Issue = string.IsNullOrWhiteSpace(Issue) ? null : Issue, Limit = paging.Limit, Offset = paging.Offset,
    };
}
