using System.Diagnostics;
using System.Text;
using Faultline.Cli.Infrastructure;
using Faultline.Core.Analysis;
using Faultline.Core.Benchmarking;
using Faultline.Core.Input;
using Faultline.Core.Output;
using Faultline.Storage.Sqlite;

namespace Faultline.Cli.Commands;

/// <summary>
/// Measures throughput on a generated corpus: extract (read, analyse, serialise) and analyze (the same plus
/// storing in a fresh SQLite file), time per pipeline stage, and peak memory.
/// </summary>
public sealed class BenchCommand : ICommand
{
    public string Name => "bench";
    public string Summary => "measure documents/s, MB/s, time per stage and peak memory on a generated corpus";
    public string Usage => "faultline bench [--docs N] [--seed S] [--from DIR] [--data DIR] [--format table|json]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["docs", "seed", "from", "data", "format"], []);
        var format = args.Choice("format", "table", "table", "json");
        int count = args.GetInt("docs", 200), seed = args.GetInt("seed", 42);
        var source = args.Get("from") ?? DefaultSamples();
        var analyzer = new Analyzer(KnowledgeBase.Load(args.Get("data")));

        var (files, missing) = InputFiles.Expand([source]);
        if (missing.Count > 0 || files.Count == 0) throw new UsageException($"{source}: no articles to build the bench corpus from");
        var sentences = files.Select(f => analyzer.AnalyzeFile(f)).SelectMany(d => d.Sentences.Select(s => s.Span.Of(d.Text))).ToList();

        var folder = Directory.CreateTempSubdirectory("faultline-bench-");
        try
        {
            long bytes = 0;
            var paths = new List<string>();
            foreach (var (name, text) in BenchCorpus.Generate(sentences, count, seed))
            {
                var path = Path.Combine(folder.FullName, name + ".txt");
                File.WriteAllText(path, text, Encoding.UTF8);
                bytes += new FileInfo(path).Length;
                paths.Add(path);
            }
            var stageTimes = analyzer.Pipeline.Stages.ToDictionary(s => s.Name, _ => TimeSpan.Zero);
            var extract = Stopwatch.StartNew();
            foreach (var path in paths)
            {
                var doc = DocumentReader.Read(path);
                foreach (var stage in analyzer.Pipeline.Stages)
                {
                    var t = Stopwatch.GetTimestamp();
                    stage.Process(doc);
                    stageTimes[stage.Name] += Stopwatch.GetElapsedTime(t);
                }
                DocumentJson.Serialize(doc);
            }
            extract.Stop();

            var analyze = Stopwatch.StartNew();
            using (var store = SqliteStore.Open(Path.Combine(folder.FullName, "bench.db")))
                foreach (var path in paths)
                {
                    var doc = analyzer.AnalyzeFile(path);
                    store.Save(doc, DocumentJson.ToJson(doc));
                }
            analyze.Stop();

            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var report = new BenchReport(count, bytes, extract.Elapsed, analyze.Elapsed, peak, stageTimes);
            report.Write(console.Out, format);
            return ExitCodes.Ok;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static string DefaultSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "afpak", "articles");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine("samples", "afpak", "articles");
    }
}
