using Faultline.Cli.Infrastructure;
using Faultline.Core.Aggregation;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>Stories in date order (undated ones apart, at the end), with their sources.</summary>
public sealed class TimelineCommand : ICommand
{
    public string Name => "timeline";
    public string Summary => "stories (events merged across documents) in date order";
    public string Usage => "faultline timeline [--db FILE] [--actor KEY] [--dyad A,B] [--from DATE] [--to DATE] [--quad N] [--issue NAME] [--undated] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format", "actor", "dyad", "from", "to", "quad", "issue", "limit", "offset"], ["undated"]);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        var events = EventsCommand.ParseFilter(args);
        using var store = StoreOptions.Open(args, mustExist: true);
        var stories = store.Stories(new StoryFilter
        {
            Actor = events.Actor, Dyad = events.Dyad, From = events.From, To = events.To, Quad = events.Quad, Issue = args.Get("issue"),
            Limit = events.Limit, Offset = events.Offset,
        });
        if (!args.Has("undated") && format == "table") stories = stories.Where(s => s.Date is not null).ToList();
        RecordOutput.Write(console.Out, format, stories.Select(TimelineRow.From).ToList(), [
            new Column<TimelineRow>("date", r => r.Date),
            new("actor1", r => r.Actor1, 10),
            new("code", r => r.Code),
            new("actor2", r => r.Actor2, 10),
            new("location", r => r.Location, 16),
            new("dead", r => r.Fatalities),
            new("docs", r => r.Sources.Count),
            new("summary", r => r.Summary, 90),
        ]);
        return ExitCodes.Ok;
    }
}

/// <summary>A story as the timeline shows it (the fields of the timeline's JSON output).</summary>
public sealed record TimelineRow(string Id, string? Date, string Root, string Code, int Quad, double Goldstein, string Actor1, string? Actor2,
    string? Location, string? Fatalities, IReadOnlyList<string> Sources, IReadOnlyList<string> Outlets, IReadOnlyList<string> Issues, string Summary)
{
    public static TimelineRow From(Story s) => new(s.Id, s.Date, s.Root, s.Code, s.Quad, s.Goldstein, s.Actor1.CameoCode, s.Actor2?.CameoCode,
        s.Location, s.FatalitiesLow is null ? null : s.FatalitiesLow == s.FatalitiesHigh ? $"{s.FatalitiesLow}" : $"{s.FatalitiesLow}-{s.FatalitiesHigh}",
        s.Sources, s.Outlets, s.Issues, s.Summary);
}
