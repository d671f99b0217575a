using Faultline.Cli.Infrastructure;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>Lists actors, people or places across stored documents, with mention and document counts.</summary>
public sealed class EntitiesCommand(string name, string summary, Func<IDocumentStore, IReadOnlyList<EntitySummary>> query) : ICommand
{
    public string Name => name;
    public string Summary => summary;
    public string Usage => $"faultline {name} [--db FILE] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format"], []);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        using var store = StoreOptions.Open(args, mustExist: true);
        RecordOutput.Write(console.Out, format, query(store), [
            new Column<EntitySummary>("id", e => e.Id, 28),
            new("name", e => e.Name, 36),
            new("country", e => e.Country),
            new("group", e => e.Group),
            new("role", e => e.Role),
            new("documents", e => e.Documents),
            new("mentions", e => e.Mentions),
        ]);
        return ExitCodes.Ok;
    }
}
