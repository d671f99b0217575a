using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// Who did what in an event noun phrase: "Pakistan's airstrikes", "the Taliban takeover of Kabul", "Pakistani air
/// raids", "attacks by the TTP on security forces", "anti-Islamabad protests", "the US-Taliban peace deal",
/// "skirmishes between Taliban and Pak security forces".
/// </summary>
internal sealed class NominalActors(ClauseWords words)
{
    private const int ModifierWindow = 4;
    private static readonly HashSet<string> TargetPrepositions = ["of", "on", "against", "inside", "into", "targeting", "at", "upon", "in", "to", "for", "with"];

    public (ActorRef? Actor1, ActorRef? Actor2) Find(SentenceView s, Trigger t)
    {
        ActorRef? actor1 = null, actor2 = null;
        // Before the noun: possessive or modifier actors, skipping adjectives and determiners.
        for (int i = t.Start - 1; i >= Math.Max(0, t.Start - ModifierWindow); i--)
        {
            if (s.ActorAt(i) is { } a)
            {
                int start = s.MentionStart(i);
                var pair = HyphenPair(s, i);
                if (pair is { } p) return p;
                if (s.Lower[start].StartsWith("anti-")) actor2 ??= a;
                else
                {
                    if (start > 0 && words.Is("preposition", s.Lower[start - 1]) && !s.IsPossessive(i)) break;
                    actor1 = a;
                }
                break;
            }
            // "the Taliban's continued support": a participle after a possessive modifies the noun.
            if (s.Lower[i].EndsWith("ed") && i > 0 && s.IsPossessive(i - 1)) continue;
            // "the Taliban's victory and return to power": a possessive governs both coordinated nouns.
            if (s.Lower[i] == "and" && i > 1 && s.IsWord(i - 1) && s.MentionAt[i - 1] is null && s.IsPossessive(i - 2))
            {
                i--;
                continue;
            }
            if (!IsModifier(s.Lower[i])) break;
        }
        // "Muttaqi is on a six-day visit to Iran", "the minister, on a visit to Kabul, ...": a journey one is on is one's own.
        if (actor1 is null && OnJourneyOf(s, t) is { } traveller) actor1 = traveller;
        // After the noun: "between A and B", "by A", "of/on/against B".
        int after = t.End + 1;
        // ("a meeting in Kabul on Wednesday between ...": the noun's place and time may stand before its "between".)
        if (actor1 is null && BetweenAt(s, after) is { } between && SidesBetween(s, between) is { } sides) return sides;
        for (int i = after; i < Math.Min(s.Count, after + ModifierWindow + 2); i++)
        {
            var w = s.Lower[i];
            if (words.Is("boundary", w) || w is "," or ";" or ".") break;
            // "attacks by the TTP": the agent follows the noun directly, not after a verb ("talks were mediated by").
            // ("responded to the mortar attack by summoning the envoy": "by" before a gerund tells how, not who.)
            if (w == "by" && i == after && actor1 is null && !(i + 1 < s.Count && s.Lower[i + 1].EndsWith("ing") && s.MentionAt[i + 1] is null)
                && ActorsAfter(s, i, 1) is [var by]) actor1 = by;
            // "a visit to Kabul": a capital named as a place stands for its government as a target.
            // ("talks with the TTP", "a meeting with Muttaqi": "with" names the other side only of dealings, not of
            // "strikes with Chinese-made drones".)
            else if (TargetPrepositions.Contains(w) && (w != "with" || t.Pattern.Code[..2] is "03" or "04" or "05" or "06" or "08")
                && actor2 is null && ActorsAfter(s, i, 1, targets: true) is [var target]) actor2 = target;
        }
        // "an air strike on a market in Paktika, which the Taliban blamed on Pakistan": whom the text's source blames did it.
        if (actor1 is null && BlamedOn(s, t.End) is { } blamed) actor1 = blamed;
        // "Five Chinese engineers were killed in a suicide bombing": the victims the passive names are its target.
        if (actor2 is null && Victims(s, t.Start) is { } victims) actor2 = victims;
        return (actor1, actor2 is not null && actor2.Key == actor1?.Key ? null : actor2);
    }

    /// <summary>The subject of "were killed in" (or wounded, injured) right before the noun phrase, or null.</summary>
    private ActorRef? Victims(SentenceView s, int start)
    {
        int i = start - 1;
        while (i >= 0 && s.MentionAt[i] is null && IsModifier(s.Lower[i])) i--;
        if (i < 3 || s.Lower[i] is not ("in" or "by")) return null;
        if (s.Lower[i - 1] is not ("killed" or "wounded" or "injured" or "hurt" or "martyred") || s.Lower[i - 2] is not ("were" or "was")) return null;
        // ("Five Chinese engineers": the nationality may stand before a noun that names no actor.)
        for (int k = i - 3; k >= Math.Max(0, i - 5); k--)
            if (s.ActorAt(k) is { } victims) return victims;
            else if (!s.IsWord(k) || words.Is("boundary", s.Lower[k])) break;
        return null;
    }

    /// <summary>The actor after "blamed on" in a relative clause    /// <summary>The actor after "blamed on" in a relative clause ("that"/"which") soon after the noun, or null.</summary>
    private ActorRef? BlamedOn(SentenceView s, int end)
    {
        bool relative = false;
        for (int i = end + 1; i + 1 < Math.Min(s.Count, end + BlameReach); i++)
        {
            // (A second relative clause belongs to another noun: "..., which came a day after a raid that officials blamed on".)
            if (s.Lower[i] is "that" or "which") { if (relative) return null; relative = true; }
            else if (relative && s.Lower[i] is "blamed" or "blames" or "blame" && s.Lower[i + 1] == "on") return ActorsAfter(s, i + 1, 1) is [var blamed] ? blamed : null;
            else if (s.Lower[i] is ";" or "." || (!relative && words.Is("boundary", s.Lower[i]))) return null;
        }
        return null;
    }

    // How far after the noun its relative clause may name whom it is blamed on ("..., which Afghan officials blamed on").
    private const int BlameReach = 20;

    /// <summary>Words that may stand between an actor and its event noun: determiners and adjectives ("the alleged cross-border").</summary>
    private bool IsModifier(string word) =>
        words.Is("determiner", word) || word.Contains('-') || word.EndsWith("'s")
        || AdjectiveEndings.Any(e => word.EndsWith(e) && word.Length > e.Length + 2);

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ive", "ous", "ful", "ary", "ese", "ian", "ish", "ern"];

    /// <summary>"US-Taliban", "TTP-Islamabad": one token naming two actors.</summary>
    private static (ActorRef, ActorRef)? HyphenPair(SentenceView s, int i)
    {
        var token = s.Tokens[i];
        if (!token.Text.Contains('-')) return null;
        var actors = s.Document.Mentions
            .Where(m => m.Actor is not null && m.Span.Overlaps(token.Span))
            .OrderBy(m => m.Span.Start).Select(m => m.Actor!).ToList();
        return actors.Count >= 2 && actors[0].Key != actors[1].Key ? (actors[0], actors[1]) : null;
    }

    /// <summary>"hosted talks in Kabul between Pakistani officials and TTP leaders": the first two sides a "between" at or
    /// after <paramref name="from"/> names, and where that "between" stands; or null.</summary>
    public (ActorRef A, ActorRef B, int At)? PairBetween(SentenceView s, int from)
    {
        for (int i = Math.Max(0, from); i < s.Count; i++)
            if (s.Lower[i] == "between" && SidesBetween(s, i) is var (a, b))
                return (a, b, i);
        return null;
    }

    /// <summary>Where the "between" of a noun ending before <paramref name="from"/> stands: right after it, or after a
    /// short place or time phrase with no comma ("talks in Kabul between", "a meeting on Wednesday between"); or null.</summary>
    private int? BetweenAt(SentenceView s, int from)
    {
        for (int i = from; i < Math.Min(s.Count, from + BetweenReach); i++)
        {
            if (s.Lower[i] == "between") return i;
            // Only a place, a time or the words that tie them on: "a TTP attack on a checkpost near the border between
            // Pakistan and Afghanistan" names no sides of the attack.
            bool placeOrTime = s.PlaceAt(i) is not null || char.IsDigit(s.Lower[i][0]) || words.Is("preposition", s.Lower[i]) || words.Is("determiner", s.Lower[i])
                || TimeWords.Contains(s.Lower[i]);
            if (!placeOrTime || (s.ActorAt(i) is not null && s.PlaceAt(i) is null)) return null;
        }
        return null;
    }

    private static readonly HashSet<string> TimeWords = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "night", "week", "month", "year", "morning", "evening", "afternoon", "last", "next", "earlier", "later"];

    // How many words of place and time may stand between an event noun and its "between".
    private const int BetweenReach = 7;

    /// <summary>
    /// The two sides a "between" at <paramref name="at"/> names: "between Pakistani officials and TTP leaders", also with
    /// appositions ("between the Taliban's foreign minister, Amir Khan Muttaqi, and Pakistan's envoy, ..."); or null
    /// where it names one side, or more than two.
    /// </summary>
    private (ActorRef A, ActorRef B)? SidesBetween(SentenceView s, int at)
    {
        var sides = new List<ActorRef>();
        bool afterAnd = false;
        for (int i = at + 1; i < Math.Min(s.Count, at + SidesReach); i++)
        {
            if (s.ActorAt(i) is { } a)
            {
                // (An apposition names the side just named again.)
                if (sides.Count == 0 || !ActorSides.Same(sides[^1], a)) sides.Add(a);
                if (afterAnd) break;
                i = s.MentionEnd(i);
                continue;
            }
            if (s.Lower[i] == "and") afterAnd = true;
            else if (words.Is("boundary", s.Lower[i]) || s.Lower[i] is ";" or "." or "that") break;
        }
        return sides is [var x, var y] && !ActorSides.Same(x, y) ? (x, y) : null;
    }

    // How far after "between" its two sides, with their appositions, may reach.
    private const int SidesReach = 24;

    /// <summary>The actor on the journey a noun names ("X is on a six-day visit to", "X, on a trip to"), or null.</summary>
    private static ActorRef? OnJourneyOf(SentenceView s, Trigger t)
    {
        if (s.Lower[t.End] is not ("visit" or "visits" or "trip" or "tour")) return null;
        // ("on a six-day visit", "on his first official trip": "on", an article or a possessive, and modifiers only.)
        int k = t.Start - 1;
        while (k > 0 && t.Start - k < 4 && s.MentionAt[k] is null && s.Lower[k] != "on") k--;
        if (k < 1 || s.Lower[k] != "on" || s.Lower[k + 1] is not ("a" or "an" or "his" or "her" or "their" or "its")) return null;
        int before = k - 1;
        if (s.Lower[before] is "is" or "was" or "are" or "were" or ",") before--;
        return before >= 0 ? s.ActorAt(before) : null;
    }

    private List<ActorRef> ActorsAfter(SentenceView s, int from, int count, bool targets = false)
    {
        var found = new List<ActorRef>();
        for (int i = from + 1; i < Math.Min(s.Count, from + 8) && found.Count < count; i++)
        {
            if ((targets ? s.TargetAt(i) : s.ActorAt(i)) is { } a)
            {
                found.Add(a);
                i = s.MentionEnd(i);
                continue;
            }
            // (A relative clause after the phrase names someone else: "in March 2024 that Pakistani officials blamed".)
            if (words.Is("boundary", s.Lower[i]) || s.Lower[i] is ";" or "." or "," or "that") break;
        }
        return found;
    }
}
