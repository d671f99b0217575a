using System.Text.Json.Nodes;
using Faultline.Cli.Infrastructure;
using Faultline.Core.Analysis;
using Faultline.Core.Evaluation;
using Faultline.Core.Input;
using Faultline.Core.Output;

namespace Faultline.Cli.Commands;

/// <summary>
/// Scores analyses against hand-made gold files with the metrics of the reference scorer (tools/score.py): either
/// Faultline's own analysis of the given articles, or an existing output given with --system.
/// </summary>
public sealed class EvalCommand : ICommand
{
    public string Name => "eval";
    public string Summary => "score analyses against gold files (the metrics of tools/score.py)";
    public string Usage => "faultline eval --gold DIR (PATH... | --system FILE_OR_DIR) [--format table|json] [--doc ID] [--data DIR]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["gold", "system", "format", "doc", "data"], []);
        var format = args.Choice("format", "table", "table", "json");
        var goldFolder = args.Get("gold") ?? throw new UsageException("--gold DIR is required");
        var systemPath = args.Get("system");
        if (systemPath is null == (args.Positional.Count == 0))
            throw new UsageException("give the articles to analyse (PATH...) or an existing output (--system), not both");
        var failures = new List<DocumentFailure>();
        EvaluationReport report;
        try
        {
            var gold = GoldLoader.Load(goldFolder);
            if (gold.Count == 0) throw new EvaluationInputException(goldFolder, "no gold documents (*.json) found");
            var system = systemPath is null ? Analyse(args, failures) : SystemLoader.Load(systemPath, () => System.Console.In);
            report = Scorer.Score(gold, system, args.Get("doc"));
        }
        catch (EvaluationInputException e)
        {
            console.Error.WriteLine($"error: cannot read input: {e.Message}");
            return ExitCodes.Usage;
        }
        console.Out.Write(format == "json" ? ReportJson.Serialize(report) + "\n" : ReportTable.Render(report));
        foreach (var f in failures) console.Error.WriteLine($"error: {f}");
        return failures.Count > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }

    /// <summary>Analyses the articles as extract does; an article that fails is reported and scored as missing.</summary>
    private static Dictionary<string, JsonObject> Analyse(Args args, List<DocumentFailure> failures)
    {
        var analyzer = new Analyzer(KnowledgeBase.Load(args.Get("data")));
        var (files, missing) = InputFiles.Expand(args.Positional);
        failures.AddRange(missing.Select(m => new DocumentFailure(m.Path, m.Reason)));
        var documents = new List<JsonObject>();
        foreach (var file in files)
        {
            try
            {
                documents.Add(DocumentJson.ToJson(analyzer.AnalyzeFile(file)));
            }
            catch (InputException e)
            {
                failures.Add(new DocumentFailure(e.Path, e.Reason));
            }
        }
        return SystemLoader.Index(documents);
    }
}
