using System.Text.Json.Nodes;
using Faultline.Cli.Infrastructure;
using Faultline.Core.Analysis;
using Faultline.Core.Input;
using Faultline.Core.Output;

namespace Faultline.Cli.Commands;

/// <summary>Analyses articles and prints the document-format JSON, touching no database.</summary>
public sealed class ExtractCommand : ICommand
{
    public string Name => "extract";
    public string Summary => "analyse articles and print the document-format JSON (no database)";
    public string Usage => "faultline extract PATH... [--format json|jsonl] [--text] [--id file|parent] [--data DIR]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["format", "data", "id"], ["text"]);
        var format = args.Choice("format", "json", "json", "jsonl");
        // "parent" names each document after its folder, for suites that keep one page per folder (NAME/source.html).
        var idFrom = args.Choice("id", "file", "file", "parent");
        if (args.Positional.Count == 0) throw new UsageException("give at least one file or folder");
        var analyzer = new Analyzer(KnowledgeBase.Load(args.Get("data")));
        var (files, missing) = InputFiles.Expand(args.Positional);
        var failures = missing.Select(m => new DocumentFailure(m.Path, m.Reason)).ToList();
        var objects = new List<JsonObject>();
        foreach (var file in files)
        {
            try
            {
                var doc = analyzer.AnalyzeFile(file, idFrom == "parent" ? ParentName(file) : null);
                var json = DocumentJson.ToJson(doc, args.Has("text"));
                if (format == "jsonl") console.Out.WriteLine(json.ToJsonString(DocumentJson.Options));
                else objects.Add(json);
            }
            catch (InputException e)
            {
                failures.Add(new DocumentFailure(e.Path, e.Reason));
            }
        }
        if (format == "json")
        {
            var indented = new System.Text.Json.JsonSerializerOptions(DocumentJson.Options) { WriteIndented = true };
            JsonNode node = objects.Count == 1 ? objects[0] : new JsonArray([.. objects]);
            if (objects.Count > 0) console.Out.WriteLine(node.ToJsonString(indented));
        }
        foreach (var f in failures) console.Error.WriteLine($"error: {f}");
        return failures.Count > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Ok;
    }

    private static string ParentName(string file) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) is { Length: > 0 } name ? name : Path.GetFileNameWithoutExtension(file);
}
