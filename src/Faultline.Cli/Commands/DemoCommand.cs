using Faultline.Cli.Infrastructure;
using Faultline.Web;

namespace Faultline.Cli.Commands;

/// <summary>
/// Analyses the bundled sample corpus into a fresh database in a temp folder, exactly as 'analyze' does, and serves
/// it: a look at Faultline without preparing anything. The folder is removed when the server stops.
/// </summary>
public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Summary => "analyse the bundled sample articles into a temporary database and serve it";
    public string Usage => "faultline demo [--urls URL[;URL...]] [--token T] [--data DIR]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["urls", "token", "data"], []);
        if (args.Positional.Count > 0) throw new UsageException($"unexpected argument '{args.Positional[0]}'");
        var samples = BenchCommand.DefaultSamples();
        if (!Directory.Exists(samples)) throw new UsageException($"{samples}: the sample corpus is not next to this build");
        var folder = Directory.CreateTempSubdirectory("faultline-demo-");
        try
        {
            var db = Path.Combine(folder.FullName, "demo.db");
            console.Out.WriteLine($"analysing {samples} into {db}");
            List<string> analyze = [samples, "--db", db];
            if (args.Get("data") is { } data) analyze.AddRange(["--data", data]);
            var analyzed = new AnalyzeCommand().Run(analyze, console);
            if (analyzed is not (ExitCodes.Ok or ExitCodes.SomeInputFailed)) return analyzed;
            return ServeCommand.Serve(console, new WebOptions { Database = db, Urls = ServeCommand.ParseUrls(args.Get("urls")), Token = args.Get("token") });
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
