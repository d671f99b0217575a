using Faultline.Cli.Infrastructure;
using Faultline.Core.Aggregation;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>The registry of actors over the whole database: mentions, first and last appearance, counterparts.</summary>
public sealed class ActorsCommand : ICommand
{
    public string Name => "actors";
    public string Summary => "actors across stored documents: mentions, first and last appearance, most frequent counterparts";
    public string Usage => "faultline actors [--db FILE] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format"], []);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        using var store = StoreOptions.Open(args, mustExist: true);
        var profiles = ActorRegistry.Build(
            store.Actors().Select(e => new ActorProfile(e.Id, e.Name, e.Country, e.Group, e.Documents, e.Mentions)),
            store.Stories(new StoryFilter()));
        RecordOutput.Write(console.Out, format, profiles, [
            new Column<ActorProfile>("actor", a => a.Key),
            new("name", a => a.Name, 30),
            new("docs", a => a.Documents),
            new("mentions", a => a.Mentions),
            new("stories", a => a.Stories),
            new("first", a => a.FirstSeen),
            new("last", a => a.LastSeen),
            new("counterparts (stories, mean Goldstein)", a => string.Join(", ", a.Counterparts.Select(c => $"{c.Key} ({c.Stories}, {c.MeanGoldstein:+0.0;-0.0})")), 60),
        ]);
        return ExitCodes.Ok;
    }
}
