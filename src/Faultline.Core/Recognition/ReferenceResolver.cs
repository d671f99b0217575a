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
    // How many words after "of" may name an institution's owner ("the ministry of foreign affairs in Kabul").
    private const int OwnerReach = 6;

    public static Mention? Resolve(string text, IReadOnlyList<NormalizedToken> tokens, TrieMatch match,
        ShortReference reference, IReadOnlyList<Mention> actors, IReadOnlyList<Mention> capitals)
    {
        if (match.Start == 0 || tokens[match.Start - 1].Norm is not ("the" or "this" or "that")) return null;
        // ("the federal cabinet": only a state that has one.)
        if (reference.States is { } only)
        {
            actors = [.. actors.Where(m => m.Actor?.Country is not { Length: 3 } c || only.Contains(c))];
            capitals = [.. capitals.Where(m => only.Contains(m.Actor!.Country!))];
        }
        // "the ministry of foreign affairs in Kabul", "the caretaker government of Anwaar-ul-Haq Kakar": a named
        // institution whose own words say whose it is (an actor within a few words after "of"); a ministry or office whose
        // words name none is left unresolved rather than guessed from the states in view.
        Mention? owner = null;
        if (match.End + 1 < tokens.Count && tokens[match.End].Norm == "of")
        {
            int last = match.End + 1;
            while (last + 1 < tokens.Count && last < match.End + OwnerReach && tokens[last + 1].Sentence == tokens[match.Start].Sentence) last++;
            // The owner is the object of "of" or "in" ("of foreign affairs in Kabul"), not of a verb after the name.
            owner = actors.FirstOrDefault(m => m.Actor is { Country.Length: 3 } && m.Span.Start >= tokens[match.End + 1].Span.Start && m.Span.Start <= tokens[last].Span.Start
                && Enumerable.Range(match.End, last - match.End + 1).Any(k => k + 1 < tokens.Count && tokens[k + 1].Span.Start == m.Span.Start && tokens[k].Norm is "of" or "in"));
        }
        // ("the ministry of refugees and repatriation" after "the Taliban's ministry of refugees": the one named so before.)
        if (owner is null && match.End + 1 < tokens.Count && tokens[match.End].Norm == "of" && reference.Phrase.Split(' ')[^1] is "ministry" or "office")
            owner = NamedBefore(text, actors, $"{reference.Phrase} of {tokens[match.End + 1].Norm}", tokens[match.Start].Span.Start);
        if (owner is null && match.End < tokens.Count && tokens[match.End].Norm == "of" && reference.Phrase.Split(' ')[^1] is "ministry" or "office") return null;
        int sentence = tokens[match.Start].Sentence;
        int at = tokens[match.Start].Span.Start;
        var window = actors.Where(m => m.Actor is not null && m.Sentence >= sentence - 2 && m.Span.End <= at && Wanted(m.Actor, reference.Wants)
            && !(reference.Wants is "government" or "state" && (People(m, text) || Destination(m, text)))).ToList();
        Mention? focus = owner is not null && reference.Wants is "state" or "government" ? owner
            : window.Count > 0 && window.Select(m => m.Actor!.Key).Distinct().Count() == 1 ? window[^1] : null;
        // "the Taliban's Ministry of Refugees ... the ministry had asked": an institution named just before by its head noun.
        if (focus is null && reference.Wants == "state")
        {
            var head = reference.Phrase.Split(' ')[^1];
            focus = window.LastOrDefault(m => m.Span.Of(text).Contains(head, StringComparison.OrdinalIgnoreCase));
        }
        // "On Wednesday Kabul summoned Pakistan's envoy. The defence ministry said ...": a reference opening its sentence
        // continues the subject of the sentence before, the first state it names.
        if (focus is null && reference.Wants == "state" && OpensSentence(tokens, match.Start - 1)
            && window.Where(m => m.Sentence == sentence - 1).OrderBy(m => m.Span.Start).FirstOrDefault() is { } subject
            && !actors.Any(m => m.Sentence == sentence - 1 && m.Span.Start < subject.Span.Start) && StandsAsSubject(tokens, subject))
            focus = subject;
        // "the military", "the cabinet" with Pakistan and Afghanistan both in view: the state the article is about so far.
        if (focus is null && reference.Wants == "state") focus = MostNamedState(actors, at, text);
        var span = new TextSpan(tokens[match.Start - 1].Span.Start, tokens[match.End - 1].Span.End);
        // The reference as a mention of the actor it stands for, in the role it gives.
        Mention Referring(ActorRef actor)
        {
            var named = actor with { Role = reference.Role ?? actor.Role, Name = span.Of(text) };
            return new Mention(span, MentionKind.Actor, named.Key, "reference:" + reference.Phrase) { Actor = named, Sentence = sentence };
        }
        // "The TTP accused the government of failing to free prisoners": with no state named, the government is the one
        // the insurgency in view fights, its own country's.
        if (focus is null && reference.Wants == "state"
            && actors.Where(m => m.Actor is { Role: "INS" or "REB", Country.Length: 3 } && m.Sentence >= sentence - 2 && m.Span.End <= at)
                .Select(m => m.Actor!.Country!).Distinct().ToList() is [var home])
            return Referring(new ActorRef(home, null, "GOV", span.Of(text)));
        // "ISLAMABAD: The federal cabinet on Wednesday extended ...": with no state it can stand for named before at all, a
        // state's institution is of the capital named before it, the dateline's, where only one country's capital is.
        if (focus is null && reference.Wants == "state" && !actors.Any(m => m.Span.End <= at && m.Actor is { Country.Length: 3 })
            && capitals.Where(m => m.Span.End <= at).Select(m => m.Actor!.Country).Distinct().ToList() is [_]
            && capitals.Last(m => m.Span.End <= at) is { } capital)
            return Referring(capital.Actor!);
        // (Every actor in view is an actor mention, never a person's: the reference is one too.)
        return focus is null ? null : Referring(focus.Actor!);
    }

    /// <summary>Whether a mention opens its sentence's main clause (among its first few words, past a time phrase) and is
    /// no modifier of a longer name after it ("The Afghan Citizen Card, issued to ..." is none).</summary>
    private static bool StandsAsSubject(IReadOnlyList<NormalizedToken> tokens, Mention m)
    {
        int first = FirstTokenFrom(tokens, m.Span.Start), after = FirstTokenFrom(tokens, m.Span.End);
        if (first >= tokens.Count) return false;
        return first - SentenceStart(tokens, first) <= 3 && (after >= tokens.Count || !tokens[after].Capitalised);
    }

    /// <summary>Whether the reference's "the" at <paramref name="the"/> is among the first words of its sentence.</summary>
    private static bool OpensSentence(IReadOnlyList<NormalizedToken> tokens, int the) => the - SentenceStart(tokens, the) <= 1;

    /// <summary>The index of the first token of the sentence token <paramref name="k"/> is in.</summary>
    private static int SentenceStart(IReadOnlyList<NormalizedToken> tokens, int k)
    {
        int start = k;
        while (start > 0 && tokens[start - 1].Sentence == tokens[k].Sentence) start--;
        return start;
    }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/> (tokens are in text order), or
    /// the token count.</summary>
    private static int FirstTokenFrom(IReadOnlyList<NormalizedToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The actor whose possessive stood right before an earlier "<paramref name="phrase"/>" ("the Taliban's
    /// ministry of refugees"), or null.</summary>
    private static Mention? NamedBefore(string text, IReadOnlyList<Mention> actors, string phrase, int before)
    {
        for (int at = text.LastIndexOf(phrase, Math.Max(0, before - 1), StringComparison.OrdinalIgnoreCase); at > 0;
             at = at == 0 ? -1 : text.LastIndexOf(phrase, at - 1, StringComparison.OrdinalIgnoreCase))
            // (The possessor's name may run on over the institution's head noun: "the Taliban's ministry".)
            if (actors.LastOrDefault(m => m.Actor is { Country.Length: 3 } && m.Span.Start < at
                && (m.Span.End > at || (at - m.Span.End <= 3 && text.AsSpan(m.Span.End, at - m.Span.End).Trim().ToString() is "'s" or "’s" or ""))) is { } possessor)
                return possessor;
        return null;
    }

    /// <summary>
    /// "Afghans", "Pakistanis": a bare plural demonym names a people, who govern nothing. (A state whose own name ends
    /// in -s, "Cyprus", is rare enough in this field to be read as a people too.)
    /// </summary>
    private static bool People(Mention m, string text) =>
        m.Actor is { Group: null, Role: null } && m.Span.Length > 3 && text[m.Span.End - 1] == 's' && !text.AsSpan(m.Span.Start, m.Span.Length).Contains(' ');

    /// <summary>The state named most often before <paramref name="at"/>, by its mentions as a state (not as a people); none on a tie.</summary>
    private static Mention? MostNamedState(IReadOnlyList<Mention> actors, int at, string text)
    {
        var states = actors.Where(m => m.Span.End <= at && m.Actor is { Group: null, Role: null, Country.Length: 3 } && !People(m, text) && !Destination(m, text)).ToList();
        if (states.Count == 0) return null;
        var counts = states.GroupBy(m => m.Actor!.Country!).ToDictionary(g => g.Key, g => g.Count());
        int most = counts.Values.Max();
        // Named as often as another: no telling which.
        return counts.Values.Count(c => c == most) > 1 ? null : states.Last(m => counts[m.Actor!.Country!] == most);
    }

    /// <summary>"safe passage to Afghanistan": a state named as where someone goes governs nothing in the sentence.</summary>
    private static bool Destination(Mention m, string text)
    {
        var before = text.AsSpan(0, m.Span.Start).TrimEnd();
        return before.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" into", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" towards", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Wanted(ActorRef actor, string wants) => wants switch
    {
        "state" => Wanted(actor, "government"),
        "group" => actor.Group is not null && actor.Country is not null && actor.Role is not ("GOV" or "MIL" or "SPY" or "COP"),
        // "the militants": an armed group's fighters, never a governing movement's (the Taliban after 2021 govern).
        "armed" => actor.Group is not null && actor.Country is not null && actor.Role is "INS" or "REB",
        // A state or its government, never its civilians, refugees or press ("the Afghans" do not govern).
        "government" => (actor.Group is null || actor.Role == "GOV" || actor.Group == "TAL")
            && actor.Role is null or "GOV" or "MIL" or "SPY" or "COP" or "LEG" or "JUD",
        _ => true,
    };
}
