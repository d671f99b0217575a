using Faultline.Core.Documents;
using Faultline.Core.Knowledge;
using Faultline.Core.Pipeline;

namespace Faultline.Core.Recognition;

/// <summary>
/// Gathers mentions into the document's distinct actors (one per group, else per state), people and places,
/// each with every span that names it. People and leaders count for the actor they act for; sources do not.
/// </summary>
public sealed class EntityCollector(RecognitionKnowledge kb) : IStage
{
    public string Name => "entities";
    public IReadOnlyCollection<string> Requires => [Annotations.Mentions];
    public IReadOnlyCollection<string> Produces => [Annotations.Entities];

    public void Process(Document document)
    {
        var date = Temporal.ReferenceDate.LastDayOf(document);
        // A capital named as a place carries the actor it stands for, but only as a target of events, not as a named actor.
        foreach (var group in document.Mentions.Where(m => m.Kind != MentionKind.Place && m.Actor is { Key.Length: > 0 }).GroupBy(m => m.Actor!.Key))
        {
            var first = group.First().Actor!;
            document.Actors.Add(new DocumentActor(group.Key, first.Country, first.Group, ActorName(first))
                { Mentions = [.. group.Select(m => m.Span)] });
        }
        foreach (var group in document.Mentions.Where(m => m.Kind == MentionKind.Person).GroupBy(m => m.EntityId))
            document.People.Add(Person(document, group.Key, [.. group], date));
        foreach (var group in document.Mentions.Where(m => m.Kind == MentionKind.Place).GroupBy(m => m.EntityId))
            document.Places.Add(Place(document, group.Key, [.. group]));
    }

    private string ActorName(ActorRef actor) =>
        actor.Group is { } g && kb.Organisations.TryGetValue(g, out var org) ? org.Name
        : actor.Group is null && actor.Country is { } c && kb.States.TryGetValue(c, out var state) ? state.Name
        : actor.Name;

    private DocumentPerson Person(Document document, string id, List<Mention> mentions, DateOnly? date)
    {
        var entry = kb.People.GetValueOrDefault(id);
        var surfaces = mentions.Select(m => PersonName.Clean(m.Span.Of(document.Text), kb.Cues, entry?.Name)).ToList();
        // The gold keeps the spelling the article uses; a typo found by the matcher yields to the canonical one.
        var name = entry is not null && surfaces.Contains(entry.Name) ? entry.Name : MostUsedFullName(mentions, surfaces) ?? entry?.Name ?? surfaces[0];
        var actor = entry?.At(date) is { } a ? a.ToActor(name) : mentions.Select(m => m.Actor).FirstOrDefault(x => x is not null);
        return new DocumentPerson(id, name, actor?.Country, actor?.Group, actor?.Role)
        {
            Aliases = [.. surfaces.Where(s => s != name).Distinct()],
            Mentions = [.. mentions.Select(m => m.Span)],
        };
    }

    /// <summary>The full name (two words or more) written most often as such, not through a typo, longest first on ties.</summary>
    private static string? MostUsedFullName(List<Mention> mentions, List<string> surfaces)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Count; i++)
            if (!mentions[i].RuleId.StartsWith("typo:", StringComparison.Ordinal) && mentions[i].RuleId != "name:merged" && surfaces[i].Contains(' '))
                counts[surfaces[i]] = counts.GetValueOrDefault(surfaces[i]) + 1;
        string? best = null;
        foreach (var (s, n) in counts)
            if (best is null || n > counts[best] || (n == counts[best] && s.Length > best.Length)) best = s;
        return best;
    }

    private DocumentPlace Place(Document document, string id, List<Mention> mentions)
    {
        var entry = kb.Places[id];
        // ("the Afghan capital" is Kabul: a description is no spelling of the name.)
        var exact = mentions.FirstOrDefault(m => !m.RuleId.StartsWith("typo:") && !m.RuleId.StartsWith("capital:"));
        var surface = exact is null ? null : PlaceName(exact.Span.Of(document.Text));
        // A name in capitals (a dateline's "PESHAWAR") is shown as the gazetteer spells it.
        // So is a longer form holding the name ("Torkham border crossing" is "Torkham").
        var name = surface is null || surface.Where(char.IsLetter).All(char.IsUpper)
            || (surface.Length > entry.Name.Length && surface.Contains(entry.Name, StringComparison.OrdinalIgnoreCase)) ? entry.Name : surface;
        return new DocumentPlace(id, name, entry.Country, entry.Lat, entry.Lon) { Mentions = [.. mentions.Select(m => m.Span)], Kind = entry.Kind };
    }

    private static string PlaceName(string surface)
    {
        var s = surface.Trim();
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        if (s.EndsWith("'s") || s.EndsWith("’s")) s = s[..^2];
        return s;
    }
}
