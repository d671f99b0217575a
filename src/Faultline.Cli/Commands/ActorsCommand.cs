using Faultline.Cli.Infrastructure;
using Faultline.Core.Aggregation;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>The registry of actors or people over the whole database: mentions, first and last appearance, counterparts.</summary>
public sealed class ActorsCommand(bool people = false) : ICommand
{
    public string Name => people ? "people" : "actors";
    public string Summary => $"{Name} across stored documents: mentions, first and last appearance, most frequent counterparts";
    public string Usage => $"faultline {Name} [--db FILE] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format"], []);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        using var store = StoreOptions.Open(args, mustExist: true);
        var stories = store.Stories(new StoryFilter());
        var profiles = people
            ? ActorRegistry.BuildPeople(store.People().Select(e => new ActorProfile(e.Id, e.Name, e.Country, e.Group, e.Documents, e.Mentions)), stories)
            : ActorRegistry.Build(store.Actors().Select(e => new ActorProfile(e.Id, e.Name, e.Country, e.Group, e.Documents, e.Mentions)), stories);
        RecordOutput.Write(console.Out, format, profiles, [
            new Column<ActorProfile>(people ? "person" : "actor", a => people ? a.Name : a.Key, 28),
            new(people ? "acts for" : "name", a => people ? $"{a.Country}{a.Group}" : a.Name, 30),
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
