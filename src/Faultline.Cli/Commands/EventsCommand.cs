using Faultline.Cli.Infrastructure;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

public sealed class EventsCommand : ICommand
{
    public string Name => "events";
    public string Summary => "list stored events, filtered by actor, dyad, code, quad class, dates, place or document";
    public string Usage =>
        "faultline events [--db FILE] [--actor KEY] [--dyad A,B] [--code CODE|--root ROOT] [--quad 1-4] [--from DATE] [--to DATE] " +
        "[--place NAME] [--doc ID] [--limit N] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format", "actor", "dyad", "code", "root", "quad", "from", "to", "place", "doc", "limit", "offset"], []);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        var filter = ParseFilter(args);
        using var store = StoreOptions.Open(args, mustExist: true);
        RecordOutput.Write(console.Out, format, store.Events(filter), [
            new Column<EventRow>("date", e => e.Date),
            new("actor1", e => e.Actor1Cameo, 12),
            new("code", e => e.Code),
            new("actor2", e => e.Actor2Cameo, 12),
            new("quad", e => e.Quad),
            new("gs", e => e.Goldstein),
            new("where", e => e.Location, 18),
            new("dead", e => e.Fatalities),
            new("doc", e => e.Doc, 22),
            new("sentence", e => e.Sentence, 70),
        ]);
        return ExitCodes.Ok;
    }

    internal static EventFilter ParseFilter(Args args)
    {
        (string, string)? dyad = null;
        if (args.Get("dyad") is { } d)
        {
            var parts = d.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) throw new UsageException($"--dyad takes two actor codes separated by a comma (PAK,TAL), got '{d}'");
            dyad = (parts[0], parts[1]);
        }
        var code = args.Get("code") ?? args.Get("root");
        if (code is not null && (code.Length is < 2 or > 4 || !code.All(char.IsDigit)))
            throw new UsageException($"--code/--root takes a CAMEO code of 2 to 4 digits, got '{code}'");
        int? quad = args.Get("quad") is { } q ? int.TryParse(q, out var n) && n is >= 1 and <= 4 ? n : throw new UsageException($"--quad must be 1, 2, 3 or 4, got '{q}'") : null;
        foreach (var name in new[] { "from", "to" })
            if (args.Get(name) is { } date && Core.Temporal.PartialDate.TryParseIso(date) is null)
                throw new UsageException($"--{name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, got '{date}'");
        return new EventFilter
        {
            Actor = args.Get("actor"), Dyad = dyad, Code = code, Quad = quad, From = args.Get("from"), To = args.Get("to"),
            Place = args.Get("place"), Document = args.Get("doc"),
            Limit = args.GetInt("limit", int.MaxValue), Offset = args.GetInt("offset", 0),
        };
    }
}
