using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Turns one kept name into a mention: picks the meaning valid at the reference date, tells a capital's
/// place from its government, and joins a following role noun ("Pakistani soldiers" -> PAK MIL,
/// "Taliban forces" -> AFG TAL MIL). A state's officials and forces act for the group governing it then.
/// </summary>
public sealed class NameResolver(RecognitionKnowledge kb)
{

    public IEnumerable<Mention> ResolveAll(string text, IReadOnlyList<NormalizedToken> tokens, TrieMatch match,
        TrieMatch?[] roles, DateOnly? date, bool[] consumed)
    {
        // A named war is a mention of each of its sides.
        if (match.Targets.FirstOrDefault(t => t.Kind == TargetKind.Conflict) is { } war)
        {
            var span = new TextSpan(tokens[match.Start].Span.Start, tokens[match.End - 1].Span.End);
            return war.Sides.Select(side => new Mention(span, MentionKind.Actor, side.Key, "kb:" + war.Source)
                { Actor = side with { Name = span.Of(text) }, Sentence = tokens[match.Start].Sentence });
        }
        return Resolve(text, tokens, match, roles, date, consumed) is { } mention ? [mention] : [];
    }

    public Mention? Resolve(string text, IReadOnlyList<NormalizedToken> tokens, TrieMatch match,
        TrieMatch?[] roles, DateOnly? date, bool[] consumed)
    {
        NameTarget? place = null, best = null;
        bool onlyMetonyms = true;
        for (int i = 0; i < match.Targets.Count; i++)
        {
            var t = match.Targets[i];
            if (t.Kind == TargetKind.Place && (place is null || t.Rank < place.Rank)) place = t;
            if (!(t.IsActor || t.Kind == TargetKind.Person) || !HoldsAt(t, date)) continue;
            onlyMetonyms &= t.Kind == TargetKind.Metonym;
            if (best is null || OverlapPolicy.Priority(t) < OverlapPolicy.Priority(best)) best = t;
        }
        int sentence = tokens[match.Start].Sentence;
        var span = new TextSpan(tokens[match.Start].Span.Start, tokens[match.End - 1].Span.End);
        var rule = match.Fuzzy ? "typo:" : "kb:";
        if (place is not null && (best is null || (onlyMetonyms && LocativeContext.IsLocative(tokens, match, kb.Cues))))
            // A capital named as a place still stands for its government where it is a target ("visited Kabul").
            return new Mention(span, MentionKind.Place, place.Id, rule + place.Source)
            {
                Sentence = sentence,
                Actor = best?.Actor is { } metonym ? metonym with { Name = span.Of(text) } : null,
            };
        if (best is null) return null;
        // "Indian-sponsored khwarij", "Kabul-backed fighters": the sponsor named in a modifier is not an actor of the clause.
        if (match.End < tokens.Count && tokens[match.End].Joined && kb.Cues.IsSponsorship(tokens[match.End].Norm)) return null;
        var surface = span.Of(text);
        if (best.Kind == TargetKind.Person)
        {
            var actor = kb.People[best.Id].At(date)?.ToActor(surface);
            // "Ashraf Ghani's government", "Sharif's cabinet": what a leader's possessive owns is his side's institution.
            // ("Dar's counterpart", "Muttaqi's side" are the other side's.)
            if (actor is not null && tokens[match.End - 1].Possessive && match.End < tokens.Count && tokens[match.End].Norm is not ("counterpart" or "counterparts" or "side")
                && RoleAfter(tokens, match, roles, consumed) is ({ } owned, var ownedEnd))
            {
                var institution = new TextSpan(span.Start, tokens[ownedEnd - 1].Span.End);
                var side = actor with { Role = owned, Name = institution.Of(text) };
                return new Mention(institution, MentionKind.Actor, side.Key, rule + best.Source) { Actor = side, Sentence = sentence };
            }
            return new Mention(span, MentionKind.Person, best.Id, rule + best.Source) { Actor = actor, Sentence = sentence };
        }
        if (best.OrgKind == "source")
            return new Mention(span, MentionKind.Actor, "source:" + best.Id, rule + best.Source) { Sentence = sentence };
        // "anti-Pakistan militant groups" are not Pakistan's militants: the name is only a target there.
        bool against = match.Start > 0 && tokens[match.Start].Joined && tokens[match.Start - 1].Norm is "anti" or "pro";
        var (role, end) = against ? (null, match.End) : RoleAfter(tokens, match, roles, consumed);
        var ref0 = best.Actor!;
        if (end > match.End) span = new TextSpan(span.Start, tokens[end - 1].Span.End);
        // "TTP leaders", "the TTP's spokesman": an armed group's leaders and commanders are still its fighters' side, not
        // a government or an army.
        if (ref0.Role is "INS" or "REB" && role is "GOV" or "MIL") role = null;
        var resolved = ref0 with { Role = role ?? ref0.Role, Name = span.Of(text) };
        if (resolved.Group is null && resolved.Country is { } c && RoleVocabulary.IsStateRole(resolved.Role))
            resolved = resolved with { Group = kb.Governments.GroupOf(c, date) };
        return new Mention(span, MentionKind.Actor, resolved.Key, rule + best.Source) { Actor = resolved, Sentence = sentence };
    }

    /// <summary>
    /// "the Afghan capital", "Pakistan's capital": a state named just before "capital" names its capital, a place that
    /// stands for its government where it is a target, as the capital's own name does ("flew into the Afghan capital");
    /// else null.
    /// </summary>
    public Mention? Capital(string text, IReadOnlyList<NormalizedToken> tokens, TrieMatch match, Mention state, DateOnly? date)
    {
        if (state is not { Kind: MentionKind.Actor, Actor: { Group: null, Role: null, Country: { } country } }
            || match.End >= tokens.Count || tokens[match.End].Norm != "capital" || CapitalOf(country) is not { } capital) return null;
        // (Its article with it, as a place name has none: "flew into the Afghan capital" as "flew into Kabul".)
        int start = match.Start > 0 && tokens[match.Start - 1].Norm == "the" ? tokens[match.Start - 1].Span.Start : state.Span.Start;
        var span = new TextSpan(start, tokens[match.End].Span.End);
        var meanings = kb.Names.Lookup([.. TokenNormalizer.Normalize(capital.Name).Select(t => t.Norm)]);
        var government = meanings.FirstOrDefault(t => t.Kind == TargetKind.Metonym && HoldsAt(t, date))?.Actor;
        return new Mention(span, MentionKind.Place, capital.Id, "capital:" + state.RuleId)
        {
            Sentence = state.Sentence,
            Actor = government is null ? null : government with { Name = span.Of(text) },
        };
    }

    private PlaceEntry? CapitalOf(string country) =>
        (_capitals ??= kb.Places.Values.Where(p => p.Kind == "capital").GroupBy(p => p.Country).ToDictionary(g => g.Key, g => g.First()))
            .GetValueOrDefault(country);

    private Dictionary<string, PlaceEntry>? _capitals;

    private static bool HoldsAt(NameTarget t, DateOnly? date) =>
        t.Kind != TargetKind.Metonym || t.Period.IsAlways || (date is { } d ? t.Period.Contains(d) : t.Period.Until is null);

    /// <summary>The role noun after an actor's name, past modifiers ("Pakistan's interim cabinet"), and where it ends.</summary>
    private (string? Role, int End) RoleAfter(IReadOnlyList<NormalizedToken> tokens, TrieMatch match,
        TrieMatch?[] roles, bool[] consumed)
    {
        string? role = null;
        int end = match.End, at = match.End;
        for (int step = 0; step < 4 && at < tokens.Count && roles[at] is { } m; step++)
        {
            if (tokens[at].Sentence != tokens[match.Start].Sentence) break;
            // ("Pakistan's federal cabinet": a short reference with a role of its own, kept over the modifier and role noun
            // it is made of, names the role as they would.)
            var noun = m.Targets.FirstOrDefault(t => t.Kind == TargetKind.RoleNoun)?.Role
                ?? m.Targets.Where(t => t.Kind == TargetKind.Reference).Select(t => kb.References.Find(t.Id)?.Role).FirstOrDefault(r => r is not null);
            if (noun is null && !m.Targets.Any(t => t.Kind == TargetKind.RoleModifier)) break;
            at = m.End;
            if (noun is not null)
            {
                role = noun;
                end = at;
            }
            // "the Taliban government's defence ministry": past a possessive only another role noun continues the name.
            if (tokens[at - 1].Possessive && !(at < tokens.Count && roles[at] is { } next && next.Targets.Any(t => t.Kind == TargetKind.RoleNoun))) break;
        }
        for (int k = match.End; k < end; k++) consumed[k] = true;
        return (role, end);
    }
}
