using Microsoft.AspNetCore.Http;

namespace Faultline.Web.Api;

/// <summary>Turns a <see cref="BadParameterException"/> from any API endpoint into a 400 problem.</summary>
internal sealed class BadParameterFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BadParameterException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter",
                extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter });
        }
    }
}
