using Faultline.Cli.Infrastructure;
using Faultline.Core.Analysis;
using Faultline.Core.Input;
using Faultline.Core.Output;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>Analyses articles and stores them; one transaction per document, failures reported and recorded.</summary>
public sealed class AnalyzeCommand : ICommand
{
    public string Name => "analyze";
    public string Summary => "analyse articles into a database (default ./faultline.db)";
    public string Usage => "faultline analyze PATH... [--db FILE] [--data DIR] [--format table|json]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "data", "format"], []);
        var format = args.Choice("format", "table", "table", "json");
        if (args.Positional.Count == 0) throw new UsageException("give at least one file or folder");
        var analyzer = new Analyzer(KnowledgeBase.Load(args.Get("data")));
        using var store = StoreOptions.Open(args, mustExist: false);
        var (files, missing) = InputFiles.Expand(args.Positional);
        var summary = new AnalyzeSummary();
        var failures = missing.Select(m => new DocumentFailure(m.Path, m.Reason)).ToList();
        var stored = new List<string>();
        Progress.Run(console, "analysing", files, file =>
        {
            try
            {
                var document = DocumentReader.Read(file);
                if (store.Contains(document.ContentHash))
                {
                    summary.Unchanged++;
                    return;
                }
                analyzer.Analyze(document);
                var outcome = store.Save(document, DocumentJson.ToJson(document));
                summary.Count(outcome, document);
                if (outcome != SaveOutcome.Unchanged) stored.Add(document.Id);
            }
            catch (InputException e)
            {
                failures.Add(new DocumentFailure(e.Path, e.Reason));
            }
        });
        foreach (var failure in failures)
        {
            store.RecordFailure(failure);
            console.Error.WriteLine($"error: {failure}");
        }
        summary.Failed = failures.Count;
        var blocks = stored.SelectMany(store.BlocksOfDocument).Distinct().ToList();
        summary.StoriesRebuilt = new StoryUpdater(analyzer.Knowledge.StoryBuilder()).Update(store, blocks);
        summary.Write(console.Out, format, store.Counts());
        return failures.Count > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }
}
