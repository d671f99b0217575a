using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Resolves short references ("the group", "the regime") to the actor in focus: the actors of the wanted kind
/// mentioned in the same or the two previous sentences before it. Only when they are one actor is the
/// reference resolved; otherwise it is left alone.
/// </summary>
public static class ReferenceResolver
{
    public static Mention? Resolve(string text, IReadOnlyList<NormalizedToken> tokens, TrieMatch match,
        ShortReference reference, IReadOnlyList<Mention> actors)
    {
        if (match.Start == 0 || tokens[match.Start - 1].Norm is not ("the" or "this" or "that")) return null;
        int sentence = tokens[match.Start].Sentence;
        int at = tokens[match.Start].Span.Start;
        var window = actors.Where(m => m.Actor is not null && m.Sentence >= sentence - 2 && m.Span.End <= at && Wanted(m.Actor, reference.Wants)
            && !(reference.Wants == "government" && People(m, text))).ToList();
        if (window.Count == 0 || window.Select(m => m.Actor!.Key).Distinct().Count() != 1) return null;
        var focus = window[^1];
        var span = new TextSpan(tokens[match.Start - 1].Span.Start, tokens[match.End - 1].Span.End);
        var actor = focus.Actor! with { Role = reference.Role ?? focus.Actor!.Role, Name = span.Of(text) };
        return new Mention(span, focus.Kind == MentionKind.Person ? MentionKind.Actor : focus.Kind, actor.Key, "reference:" + reference.Phrase)
            { Actor = actor, Sentence = sentence };
    }

    /// <summary>
    /// "Afghans", "Pakistanis": a bare plural demonym names a people, who govern nothing. (A state whose own name ends
    /// in -s, "Cyprus", is rare enough in this field to be read as a people too.)
    /// </summary>
    private static bool People(Mention m, string text) =>
        m.Actor is { Group: null, Role: null } && m.Span.Length > 3 && text[m.Span.End - 1] == 's' && !text.AsSpan(m.Span.Start, m.Span.Length).Contains(' ');

    private static bool Wanted(ActorRef actor, string wants) => wants switch
    {
        "group" => actor.Group is not null && actor.Country is not null && actor.Role is not ("GOV" or "MIL" or "SPY" or "COP"),
        // A state or its government, never its civilians, refugees or press ("the Afghans" do not govern).
        "government" => (actor.Group is null || actor.Role == "GOV" || actor.Group == "TAL")
            && actor.Role is null or "GOV" or "MIL" or "SPY" or "COP" or "LEG" or "JUD",
        _ => true,
    };
}
