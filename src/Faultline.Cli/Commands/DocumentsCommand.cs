using Faultline.Cli.Infrastructure;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

public sealed class DocumentsCommand : ICommand
{
    public string Name => "documents";
    public string Summary => "list stored documents (newest version of each)";
    public string Usage => "faultline documents [--db FILE] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format"], []);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        using var store = StoreOptions.Open(args, mustExist: true);
        RecordOutput.Write(console.Out, format, store.Documents(), [
            new Column<DocumentRow>("doc", d => d.Doc, 28),
            new("v", d => d.Version),
            new("published", d => d.Published),
            new("basis", d => d.PublishedBasis),
            new("outlet", d => d.Outlet, 24),
            new("title", d => d.Title, 48),
            new("events", d => d.Events),
            new("claims", d => d.Claims),
        ]);
        return ExitCodes.Ok;
    }
}
