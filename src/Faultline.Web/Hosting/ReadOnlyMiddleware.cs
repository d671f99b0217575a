using Microsoft.AspNetCore.Http;

namespace Faultline.Web.Hosting;

/// <summary>Refuses every method that could change data unless the server was started with --allow-writes.</summary>
internal sealed class ReadOnlyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Response.Headers.Allow = "GET, HEAD";
        await Problems.Write(context, StatusCodes.Status405MethodNotAllowed, "Read-only server",
            $"{context.Request.Method} is refused: this server is read-only (start it with --allow-writes to accept writes)");
    }
}
