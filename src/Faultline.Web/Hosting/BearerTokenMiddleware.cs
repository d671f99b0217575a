using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Faultline.Web.Hosting;

/// <summary>With a token configured, every request (pages included) must send it as a bearer token; compared in constant time.</summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next, string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes("Bearer " + token);

    public async Task InvokeAsync(HttpContext context)
    {
        var given = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
        if (given.Length == _expected.Length && CryptographicOperations.FixedTimeEquals(given, _expected))
        {
            await next(context);
            return;
        }
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.Write(context, StatusCodes.Status401Unauthorized, "Unauthorized", "this server requires 'Authorization: Bearer TOKEN' on every request");
    }
}
