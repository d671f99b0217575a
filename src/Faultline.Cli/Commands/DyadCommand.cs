using System.Text.Json;
using Faultline.Cli.Infrastructure;
using Faultline.Core.Aggregation;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>The trend of one relationship: stories per quad class and Goldstein per period, change points and a plain summary.</summary>
public sealed class DyadCommand : ICommand
{
    public string Name => "dyad";
    public string Summary => "how a relationship moves between cooperation and conflict over time";
    public string Usage => "faultline dyad A B [--db FILE] [--by month|quarter|year] [--direction both|ab] [--issue NAME] [--from DATE] [--to DATE] [--data DIR] [--format table|json|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format", "by", "direction", "issue", "from", "to", "data"], []);
        var format = args.Choice("format", "table", "table", "json", "csv");
        var by = args.Choice("by", "year", TrendCalculator.Periods);
        var direction = args.Choice("direction", "both", "both", "ab");
        if (args.Positional.Count != 2) throw new UsageException("give two actor codes, e.g. 'faultline dyad PAK TAL'");
        var (a, b) = (args.Positional[0].ToUpperInvariant(), args.Positional[1].ToUpperInvariant());
        using var store = StoreOptions.Open(args, mustExist: true);
        var filter = EventsCommand.ParseFilter(args);
        // A state acts for the group governing it then (Afghanistan for the Taliban after August 2021): read every story.
        var stories = store.Stories(new StoryFilter { Issue = args.Get("issue"), From = filter.From, To = filter.To });
        var governments = Core.Knowledge.RecognitionKnowledge.Load(args.Get("data") ?? Core.Knowledge.DataDirectory.Default).Governments;
        var trend = TrendCalculator.Compute(stories, a, b, by, direction == "both", governments.GroupAt);
        if (format == "json")
        {
            console.Out.WriteLine(JsonSerializer.Serialize(trend, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
            return ExitCodes.Ok;
        }
        var columns = new List<Column<TrendPeriod>>
        {
            new("period", p => p.Period + (p.ChangePoint ? " *" : "")),
            new("verbal coop", p => p.VerbalCooperation),
            new("material coop", p => p.MaterialCooperation),
            new("verbal conflict", p => p.VerbalConflict),
            new("material conflict", p => p.MaterialConflict),
            new("goldstein sum", p => p.GoldsteinSum),
            new("mean", p => p.GoldsteinMean),
        };
        if (format == "csv")
        {
            RecordOutput.Write(console.Out, "csv", trend.Periods, columns);
            return ExitCodes.Ok;
        }
        console.Out.WriteLine($"{a} ↔ {b} by {by}   {trend.Sparkline}   (* change point; {trend.Undated} undated stories not shown)");
        RecordOutput.Table(console.Out, trend.Periods, columns, footer: false);
        foreach (var c in trend.ChangePoints)
            console.Out.WriteLine($"change point {c.Period}: mean Goldstein {c.MeanBefore:+0.0;-0.0} → {c.MeanAfter:+0.0;-0.0} (t = {c.Statistic:0.0})");
        console.Out.WriteLine(trend.Summary);
        return ExitCodes.Ok;
    }
}
