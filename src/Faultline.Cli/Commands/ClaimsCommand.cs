using Faultline.Cli.Infrastructure;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

public sealed class ClaimsCommand : ICommand
{
    public string Name => "claims";
    public string Summary => "list stored figures with what they measure, their period and source";
    public string Usage => "faultline claims [--db FILE] [--doc ID] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format", "doc", "limit", "offset"], []);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        using var store = StoreOptions.Open(args, mustExist: true);
        RecordOutput.Write(console.Out, format, store.Claims(args.Get("doc"), args.GetInt("limit", int.MaxValue), args.GetInt("offset", 0)), [
            new Column<ClaimRow>("value", c => c.Value),
            new("unit", c => c.Unit),
            new("qualifier", c => c.Qualifier),
            new("subject", c => c.Subject, 36),
            new("period", c => c.Period),
            new("baseline", c => c.Baseline),
            new("source", c => c.Source, 28),
            new("doc", c => c.Doc, 22),
        ]);
        return ExitCodes.Ok;
    }
}
