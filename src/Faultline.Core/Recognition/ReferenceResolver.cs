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
        var window = actors.Where(m => m.Actor is not null && m.Sentence >= sentence - 2 && m.Span.End <= at && Wanted(m.Actor, reference.Wants)).ToList();
        if (window.Count == 0 || window.Select(m => m.Actor!.Key).Distinct().Count() != 1) return null;
        var focus = window[^1];
        var span = new TextSpan(tokens[match.Start - 1].Span.Start, tokens[match.End - 1].Span.End);
        var actor = focus.Actor! with { Role = reference.Role ?? focus.Actor!.Role, Name = span.Of(text) };
        return new Mention(span, focus.Kind == MentionKind.Person ? MentionKind.Actor : focus.Kind, actor.Key, "reference:" + reference.Phrase)
            { Actor = actor, Sentence = sentence };
    }

    private static bool Wanted(ActorRef actor, string wants) => wants switch
    {
        "group" => actor.Group is not null && actor.Country is not null && actor.Role is not ("GOV" or "MIL" or "SPY" or "COP"),
        "government" => actor.Group is null || actor.Role == "GOV" || actor.Group == "TAL",
        _ => true,
    };
}
