using Faultline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Faultline.Tests.Web;

/// <summary>The real server (Kestrel) on a free loopback port, as 'faultline serve' runs it.</summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<WebServer> Start(string database, string? token = null, bool allowWrites = false)
    {
        var app = WebApp.Build(new WebOptions
        {
            Database = database, Urls = ["http://127.0.0.1:0"], Token = token, AllowWrites = allowWrites, LogLevel = LogLevel.Error,
        });
        await app.StartAsync();
        return new WebServer(app, new Uri(WebApp.Addresses(app)[0] + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
