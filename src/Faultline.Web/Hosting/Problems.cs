using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Faultline.Web.Hosting;

/// <summary>RFC 7807 problem details, written directly by middleware or returned by endpoints.</summary>
internal static class Problems
{
    public static Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Details(context, status, title, detail), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    public static IResult Result(int status, string title, string detail) => Results.Problem(detail, statusCode: status, title: title);

    public static IResult NotFound(string detail) => Result(StatusCodes.Status404NotFound, "Not found", detail);

    private static ProblemDetails Details(HttpContext context, int status, string title, string detail) => new()
    {
        Status = status, Title = title, Detail = detail, Instance = context.Request.Path,
    };
}
