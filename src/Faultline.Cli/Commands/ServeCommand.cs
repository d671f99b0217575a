using Faultline.Cli.Infrastructure;
using Faultline.Storage;
using Faultline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Faultline.Cli.Commands;

/// <summary>Serves a database's HTTP API and pages until interrupted; loopback only unless a token protects it.</summary>
public sealed class ServeCommand : ICommand
{
    public string Name => "serve";
    public string Summary => $"serve the web UI and HTTP API over a database (default {WebApp.DefaultUrl})";
    public string Usage => "faultline serve [--db FILE] [--urls URL[;URL...]] [--token T] [--allow-writes]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "urls", "token"], ["allow-writes"]);
        if (args.Positional.Count > 0) throw new UsageException($"unexpected argument '{args.Positional[0]}'");
        var db = args.Get("db", StoreOptions.DefaultPath);
        if (!File.Exists(db)) throw new StoreException($"{db}: no such database (run 'faultline analyze PATH... --db {db}' first)");
        return Serve(console, new WebOptions
        {
            Database = db, Urls = ParseUrls(args.Get("urls")), Token = args.Get("token"), AllowWrites = args.Has("allow-writes"),
        });
    }

    internal static IReadOnlyList<string> ParseUrls(string? urls) =>
        urls is null ? [WebApp.DefaultUrl] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Starts the server, prints where it listens, and blocks until Ctrl+C.</summary>
    internal static int Serve(Infrastructure.Console console, WebOptions options)
    {
        WebApplication app;
        try
        {
            app = WebApp.Build(options);
            app.Start();
        }
        catch (WebConfigurationException e)
        {
            throw new UsageException(e.Message);
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"error: cannot listen on {string.Join(", ", options.Urls)}: {e.Message}");
            return ExitCodes.Failure;
        }
        foreach (var address in WebApp.Addresses(app)) console.Out.WriteLine($"Faultline is serving {options.Database} at {address}/");
        console.Out.WriteLine(options.AllowWrites ? "writes are allowed" : "read-only; press Ctrl+C to stop");
        app.WaitForShutdown();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
