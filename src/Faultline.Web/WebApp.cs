using System.Text.Json;
using Faultline.Web.Api;
using Faultline.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Faultline.Web;

/// <summary>
/// The HTTP API and the pages over one Faultline database. Read-only unless told otherwise; loopback only unless a
/// bearer token protects it. The CLI's 'serve' and 'demo' commands and the tests all build the server here.
/// </summary>
public static class WebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(WebOptions options)
    {
        BindingPolicy.Check(options.Urls, options.Token);
        if (!File.Exists(options.Database)) throw new WebConfigurationException($"{options.Database}: no such database");
        var stores = new StoreFactory(Path.GetFullPath(options.Database));
        stores.Open().Dispose(); // migrate now, so a bad file fails at start-up rather than on the first request
        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(webRoot)) throw new WebConfigurationException($"{webRoot}: the pages are missing from this build");

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, WebRootPath = webRoot });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(options.LogLevel);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.AddSingleton(stores);
        // Reconciling figures needs what their subjects measure: read once from the knowledge files.
        builder.Services.AddSingleton(_ => Core.Claims.MeasureWords.Load(Core.Knowledge.DataDirectory.Default));
        builder.Services.AddSingleton(_ => Core.Knowledge.RecognitionKnowledge.Load(Core.Knowledge.DataDirectory.Default).Governments);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        var app = builder.Build();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!string.IsNullOrEmpty(options.Token)) app.UseMiddleware<BearerTokenMiddleware>(options.Token);
        if (!options.AllowWrites) app.UseMiddleware<ReadOnlyMiddleware>();
        var files = new PhysicalFileProvider(webRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        app.MapOpenApi();
        var api = app.MapGroup("/api").AddEndpointFilter<BadParameterFilter>();
        DocumentEndpoints.Map(api);
        EventEndpoints.Map(api);
        ClaimEndpoints.Map(api);
        StoryEndpoints.Map(api);
        EntityEndpoints.Map(api);
        return app;
    }

    /// <summary>The addresses actually bound (with the real port when 0 was asked for); valid once started.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
