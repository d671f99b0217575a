namespace Faultline.Core.Coding;

/// <summary>
/// Finds the words of a sentence that report an event: a verb (any inflection) with its particle and, where the
/// pattern names them, one of its objects within the clause; or an event noun phrase.
/// </summary>
internal sealed class TriggerFinder(EventPatterns patterns, Lemmatizer lemmatizer, ClauseWords words)
{
    private const int ParticleWindow = 2;
    private const string PlaceWord = "@place";
    private const string CrossingWord = "@crossing";
    private const string StateWord = "@state";
    // A named object is the verb's own ("launched rare air strikes"), not a word of a later phrase ("close ties ... across the border").
    private const int ObjectWindow = 5;
    // "called the truce off": how many words the object between a verb and its particle may take.
    private const int SplitObjectWindow = 3;

    public IEnumerable<Trigger> Find(SentenceView s)
    {
        for (int i = 0; i < s.Count; i++)
        {
            if (!s.IsWord(i) || s.MentionAt[i] is not null) continue;
            var lemmas = lemmatizer.Candidates(s.Lower[i]).ToList();
            // A noun is its lemma or plural: "released" is no "release", "killings" is "killing".
            var noun = lemmas.Where(l => IsNounForm(s.Lower[i], l)).Select(l => Noun(s, i, l)).FirstOrDefault(t => t is not null);
            // The longer compound wins: "a protest note" is a complaint, not a protest.
            if (noun is not null && i + 1 < s.Count
                && lemmatizer.Candidates(s.Lower[i + 1]).Where(l => IsNounForm(s.Lower[i + 1], l)).Select(l => Noun(s, i + 1, l)).FirstOrDefault(t => t is not null && t.Start <= noun.Start) is { } longer)
                (noun, i) = (longer, i + 1);
            // A word that can be either ("attacks", "strikes") is a noun after a determiner, number or possessive, or as the
            // head of a compound the noun patterns name ("suicide attacks", "air strikes").
            if (noun is not null && (NounContext(s, noun.Start) || noun.End > noun.Start))
            {
                yield return noun;
                continue;
            }
            // A capitalised word inside a sentence is a name ("March", "Strike Force"), not a verb.
            // After a determiner or a possessive it is a noun ("Pakistan's demand", "the attack"), whatever else it could be.
            // "villages close to the frontier": an adjective before "to", not the verb.
            bool adjective = words.Is("adjectival", s.Lower[i]) && i + 1 < s.Count && s.Lower[i + 1] == "to";
            // ("March 18 — Pakistani jets strike ...": a capitalised word opening the sentence before a number is a date.)
            bool dated = char.IsUpper(s.Tokens[i].Text[0]) && i + 1 < s.Count && char.IsDigit(s.Tokens[i + 1].Text[0]);
            var verb = (i > 0 && char.IsUpper(s.Tokens[i].Text[0])) || dated || adjective || AfterDeterminer(s, i) || AfterPreposition(s, i) ? null : lemmas.Select(l => Verb(s, i, l)).FirstOrDefault(t => t is not null);
            if (verb is not null)
            {
                yield return verb;
                i = verb.End;
                continue;
            }
            if (noun is not null) yield return noun;
        }
    }

    /// <summary>
    /// Whether the word at i is a noun by position: after a determiner or possessive ("Pakistan's demand"), an
    /// adjective ("domestic pressure"), a possessive and a modifier ("the Taliban's continued support"), or a past
    /// tense verb whose object it is ("sparked protests", "drew protests", "excluded calls"); after a verb of the "verbal" clause
    /// words it keeps its verb reading ("made promises" is the act of promising).
    /// </summary>
    private bool AfterDeterminer(SentenceView s, int i)
    {
        if (i > 0 && s.Lower[i - 1] is "\"" or "“" or "”" or "'" or "‘" or "’") i--;
        if (i == 0) return false;
        var p = s.Lower[i - 1];
        // "the most pressing issue": an -ing word graded by an adverb of degree is an adjective.
        if (s.Lower[i].EndsWith("ing") && p is "most" or "more" or "less" or "least" or "very" or "increasingly") return true;
        // "The Taliban and the TTP both condemned": a quantifier floated after its subject (an acronym in brackets may end
        // it: "the Tehreek-e-Taliban Pakistan (TTP) both") determines nothing.
        if (p is "both" or "all" or "each" && i > 1 && (s.MentionAt[i - 2] is not null || (i > 2 && s.Lower[i - 2] == ")" && s.MentionAt[i - 3] is not null))) return false;
        // "of damaged homes", "the alleged strikes": a past participle after a preposition or determiner is an adjective.
        // ("The TTP first claimed the attack": a word that is an adverb too, after a subject rather than a determiner, is one.)
        if (s.Lower[i].EndsWith("ed") && (words.Is("preposition", p) || words.Is("determiner", p)) && !AfterAuxiliary(s, i - 1)
            && !(words.Is("adverb", p) && i > 1 && (s.MentionAt[i - 2] is not null || !(words.Is("determiner", s.Lower[i - 2]) || words.Is("preposition", s.Lower[i - 2])))))
            return true;
        return s.IsPossessive(i - 1) || p is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "these" or "those"
            // ("The military blamed", "a Taliban official accused": a noun for actors with an adjective's ending keeps a past
            // verb after it a verb; clause words `adjective-form`.)
            || (s.MentionAt[i - 1] is null && s.IsWord(i - 1) && ((IsAdjective(p) && !(words.Is("adjective-form", p) && lemmatizer.IsPastForm(s.Lower[i]))) || ((p.EndsWith("ed") || (lemmatizer.IsIrregularPast(p) && !words.Is("verbal", p))) && !words.Is("passive", p) && !s.Lower[i].EndsWith("ing"))))
            // "the heaviest border fighting", "heavy shelling": an -ing word after a noun's modifier (clause words `noun-modifier`).
            // (Not "crossed the border attacking a checkpost": a determiner or adjective stands before the modifier.)
            || (s.Lower[i].EndsWith("ing") && s.MentionAt[i - 1] is null && words.Is("noun-modifier", p)
                && i > 1 && (words.Is("determiner", s.Lower[i - 2]) || IsAdjective(s.Lower[i - 2]) || s.Lower[i - 2].EndsWith("est") || s.Lower[i - 2] is "in" or "of"))
            // "a suicide assault", "a border raid": a word after an article and a noun's modifier (clause words `noun-modifier`).
            // (Not a verb in the past: "both sides of the border brokered the reopening".)
            || (i > 1 && s.MentionAt[i - 1] is null && words.Is("noun-modifier", p) && s.Lower[i - 2] is "a" or "an" or "the" && !lemmatizer.IsPastForm(s.Lower[i]))
            // "the pre-dawn assault", "a cross-border raid", "repeated cross-border strikes": a hyphenated modifier after a
            // determiner.
            || (i > 1 && p.Contains('-') && s.MentionAt[i - 1] is null && words.Is("determiner", s.Lower[i - 2]))
            // "the Taliban's continued support", "Pakistan's military operations" (but "the military's spokesman accused").
            || (i > 1 && s.IsPossessive(i - 2) && s.IsWord(i - 1) && s.MentionAt[i - 1] is null && (IsAdjective(p) || p.EndsWith("ed") || p.EndsWith("ing")));
    }

    /// <summary>"despite appeals", "under pressure": after a preposition (but "to") only a gerund can be a verb.</summary>
    /// (An adverb between auxiliary and verb is none: "has since stepped up".)
    private bool AfterPreposition(SentenceView s, int i) =>
        i > 0 && s.MentionAt[i - 1] is null && s.Lower[i - 1] != "to" && words.Is("preposition", s.Lower[i - 1]) && !s.Lower[i].EndsWith("ing")
        && !AfterAuxiliary(s, i - 1);

    private static bool AfterAuxiliary(SentenceView s, int i) => i > 0 && s.Lower[i - 1] is "has" or "have" or "had";

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ive", "ous", "ful", "ary", "ese", "ian", "ish"];

    private static bool IsAdjective(string word) => AdjectiveEndings.Any(e => word.EndsWith(e) && word.Length > e.Length + 2);

    private bool NounContext(SentenceView s, int start)
    {
        int p = start - 1;
        if (p < 0) return false;
        // "referring to attacks": after "to" a verb is bare, so an -s form is a plural noun; so is one after a bare verb
        // after "to" ("vowed to prevent attacks").
        if (s.Lower[p] == "to" && s.Lower[start].EndsWith('s') && !s.Lower[start].EndsWith("ss")) return true;
        if (p > 0 && s.Lower[p - 1] == "to" && s.IsWord(p) && s.MentionAt[p] is null && s.Lower[start].EndsWith('s') && !s.Lower[start].EndsWith("ss")) return true;
        return words.Is("determiner", s.Lower[p]) || s.IsPossessive(p) || char.IsDigit(s.Lower[p][0])
            // ("The Foreign Office summons the Afghan envoy", "The TTP attacks a post": after a name, a word with an object
            // of its own is the verb of a timeline's present tense.)
            || (s.MentionAt[p] is not null && !s.Lower[start].EndsWith("ed") && !ObjectFollows(s, start));
    }

    // ("Taliban attacks the previous night killed five": a time phrase after the noun is no object.)
    private bool ObjectFollows(SentenceView s, int i) =>
        i + 1 < s.Count && s.MentionAt[i] is null
        && ((words.Is("determiner", s.Lower[i + 1]) && !(i + 2 < s.Count && s.Lower[i + 2] is "previous" or "next" or "same" or "following" or "day" or "night" or "week" or "morning" or "evening"))
            || s.MentionAt[i + 1] is not null);

    private Trigger? Verb(SentenceView s, int i, string lemma)
    {
        foreach (var p in patterns.ForVerb(lemma))
            foreach (var phrase in p.Phrases.Where(ph => ph[0] == lemma))
            {
                if (p.Inflected && s.Lower[i] == lemma) continue;
                // "pressed ahead with the canal": a verb with "ahead" is going on with something, coded only where a pattern
                // names that particle.
                if (phrase.Length == 1 && i + 1 < s.Count && s.Lower[i + 1] == "ahead") continue;
                int end = i;
                // "called the truce off": a particle may follow the object it governs.
                if (phrase.Length == 2 && SplitParticle(s, i, phrase[1], p) is { } split) return split;
                if (phrase.Length > 1 && !MatchesAfter(s, i + 1, phrase.AsSpan(1), ParticleWindow, out end)) continue;
                if (p.AnyObject) return new Trigger(p, i, end);
                foreach (var obj in p.Objects)
                    if (MatchesAfter(s, end + 1, obj, p.ObjectWindow ?? ObjectWindow, out var objEnd, stopAtBoundary: true))
                        return new Trigger(p, i, objEnd) { VerbEnd = end };
                // In the passive the object stands before the verb: "the attack was claimed by", "talks hosted by Qatar".
                if (end + 1 < s.Count && s.Lower[end + 1] == "by" && p.Objects.Any(obj => MatchesBefore(s, i, obj) || HeadBeforeComma(s, i, obj)))
                    return new Trigger(p, i, end);
                // ... with no "by" too, right before its auxiliary: "thirteen khwarij were neutralised", "Torkham was shut".
                if (i > 1 && s.Lower[i - 1] is "was" or "were" or "been" && lemmatizer.IsPastForm(s.Lower[i])
                    && p.Objects.Any(obj => MatchesBefore(s, i - 1, obj)))
                    return new Trigger(p, i, end);
                // An ergative verb's object may be its subject: "Torkham reopened", "the crossing reopened on Friday".
                if (p.Ergative && i > 0 && s.Lower[i] != lemma && p.Objects.Any(obj => EndsAt(s, i - 1, obj)))
                    return new Trigger(p, i, end);
                // So it does in a relative clause: "an attack the TTP claimed", "the second round, which Turkey hosted".
                if (i > 1 && s.ActorAt(i - 1) is not null && s.MentionStart(i - 1) is var subject && subject > 0
                    && p.Objects.Any(obj => EndsAt(s, ObjectBeforeRelative(s, subject), obj)))
                    return new Trigger(p, i, end);
            }
        return null;
    }

    /// <summary>Whether the object starting at <paramref name="start"/> is what a record names ("a list of TTP commanders",
    /// "the names of the detainees"), past the actors that qualify it.</summary>
    private bool RecordOf(SentenceView s, int start)
    {
        int p = start - 1;
        while (p >= 0 && s.MentionAt[p] is not null) p--;
        return p > 0 && s.Lower[p] == "of" && words.Is("record", s.Lower[p - 1]);
    }

    /// <summary>"called the truce off", "handed the suspects over": a verb, one of its pattern's objects right after it (a
    /// few words at most), then its particle.</summary>
    private Trigger? SplitParticle(SentenceView s, int verb, string particle, EventPattern p)
    {
        foreach (var obj in p.Objects)
            if (MatchesAfter(s, verb + 1, obj, SplitObjectWindow, out var objEnd, stopAtBoundary: true) && objEnd + 1 < s.Count && s.Lower[objEnd + 1] == particle)
                return new Trigger(p, verb, objEnd + 1) { VerbEnd = verb };
        return null;
    }

    /// <summary>The event noun ending at token <paramref name="i"/> ("claimed the attack"), or null.</summary>
    public Trigger? NounAt(SentenceView s, int i) =>
        lemmatizer.Candidates(s.Lower[i]).Where(l => IsNounForm(s.Lower[i], l)).Select(l => Noun(s, i, l)).FirstOrDefault(t => t is not null);

    /// <summary>Whether a word is its lemma as a noun or the plural of it (not a verb form: "released").</summary>
    private static bool IsNounForm(string word, string lemma) =>
        word == lemma || word == lemma + "s" || word == lemma + "es" || (lemma.EndsWith('y') && word == lemma[..^1] + "ies");

    /// <summary>A noun phrase pattern ends at token i ("air strikes": "strikes" is i, "air" is i-1).</summary>
    private Trigger? Noun(SentenceView s, int i, string lemma)
    {
        foreach (var p in patterns.ForNoun(lemma))
            foreach (var phrase in p.Phrases.Where(ph => ph[^1] == lemma))
            {
                int start = i - (phrase.Length - 1);
                if (start < 0) continue;
                bool ok = true;
                for (int k = 0; k < phrase.Length - 1 && ok; k++)
                    ok = Same(s.Lower[start + k], phrase[k]);
                // ("a round of deportations" is no round of talks.)
                if (ok && p.Series && i + 2 < s.Count && s.Lower[i + 1] == "of"
                    && !lemmatizer.Candidates(s.Lower[i + 2]).Any(l => patterns.ForNoun(l).Any(q => q.Code == p.Code))) continue;
                if (ok) return new Trigger(p, start, i);
            }
        return null;
    }

    /// <summary>"The talks in Doha on October 18 and 19, hosted by Qatar": the noun a participle set off by a comma describes.</summary>
    private bool HeadBeforeComma(SentenceView s, int verb, string[] phrase)
    {
        if (verb < 2 || s.Lower[verb - 1] != ",") return false;
        for (int last = verb - 2; last >= Math.Max(0, verb - 12); last--)
        {
            if (words.Is("boundary", s.Lower[last]) || s.Lower[last] is "," or ";") return false;
            int first = last - phrase.Length + 1;
            if (first < 0) continue;
            bool ok = true;
            for (int k = 0; k < phrase.Length && ok; k++) ok = WordAt(s, first + k, phrase[k]);
            if (ok) return true;
        }
        return false;
    }

    /// <summary>The last token of the noun a relative clause opening at <paramref name="subject"/> hangs on: past "the",
    /// "which" or "that", and a comma.</summary>
    private static int ObjectBeforeRelative(SentenceView s, int subject)
    {
        int k = subject - 1;
        if (k >= 0 && s.Lower[k] == "the") k--;
        // "During the ceasefire, the TTP ended ...": a comma with no relative pronoun closes a fronted phrase.
        if (k >= 0 && s.Lower[k] is "which" or "that")
        {
            k--;
            if (k >= 0 && s.Lower[k] == ",") k--;
        }
        return k;
    }

    /// <summary>Whether <paramref name="phrase"/> ends exactly at token <paramref name="last"/>.</summary>
    private bool EndsAt(SentenceView s, int last, string[] phrase)
    {
        int first = last - phrase.Length + 1;
        if (first < 0) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (!WordAt(s, first + k, phrase[k])) return false;
        return true;
    }

    /// <summary>Whether <paramref name="phrase"/> ends within the few words before <paramref name="verb"/> (an auxiliary may stand between).</summary>
    private bool MatchesBefore(SentenceView s, int verb, string[] phrase)
    {
        for (int last = verb - 1; last >= Math.Max(0, verb - 3); last--)
        {
            int first = last - phrase.Length + 1;
            if (first < 0) break;
            bool ok = true;
            for (int k = 0; k < phrase.Length && ok; k++) ok = WordAt(s, first + k, phrase[k]);
            if (ok) return true;
            if (words.Is("boundary", s.Lower[last]) || s.Lower[last] is "," or ";") break;
        }
        return false;
    }

    /// <summary>Whether the words of <paramref name="phrase"/> occur in order from <paramref name="from"/>, the first within <paramref name="window"/> tokens.</summary>
    private bool MatchesAfter(SentenceView s, int from, ReadOnlySpan<string> phrase, int window, out int end, bool stopAtBoundary = false)
    {
        end = -1;
        // A name counts as one word of the window however many tokens it has ("the OIC Foreign Ministers' session").
        int budget = window;
        for (int start = from; start < s.Count && budget > 0; start++)
        {
            // "carried out what the Foreign Office called 'intelligence-based operations'": a naming clause is only a
            // label on the object; the object is the name it gives.
            if (words.NamingClauseEnd(s, start) is var named and > 0) start = named;
            if (stopAtBoundary && (words.Is("boundary", s.Lower[start]) || s.Lower[start] is "." or ";")) return false;
            // (Inside a name the object may still begin: "the Afghan chargé d'affaires". Quotation marks are no words:
            // 'signed an "early harvest" trade deal'.)
            if (!(s.MentionAt[start] is not null && start + 1 < s.Count && ReferenceEquals(s.MentionAt[start + 1], s.MentionAt[start]))
                && s.Lower[start] is not ("\"" or "“" or "”" or "'" or "‘" or "’")) budget--;
            int k = 0, at = start;
            // "@place" stands for a place name of any length ("welcomed ... to Islamabad", "flew to Kabul"), "@crossing"
            // for a border crossing's ("closed Torkham").
            while (k < phrase.Length && at < s.Count && WordAt(s, at, phrase[k]))
            {
                if (phrase[k] is PlaceWord or CrossingWord or StateWord) at = s.MentionEnd(at);
                k++;
                at++;
            }
            // "gave Pakistan no information": a negated object is none; "handed over a list of TTP commanders" hands over
            // the list, not the commanders (clause words `record`).
            if (k == phrase.Length && !(start > 0 && s.Lower[start - 1] == "no") && !RecordOf(s, start))
            {
                end = at - 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>The word at <paramref name="i"/> matches a pattern word, "@place" being any word of a place name
    /// ("Torkham was closed by Pakistan").</summary>
    private bool WordAt(SentenceView s, int i, string patternWord) => patternWord switch
    {
        PlaceWord => s.PlaceAt(i) is not null,
        CrossingWord => s.PlaceAt(i) is { } m && s.PlaceOf(m)?.Kind is "crossing" or "border",
        // ("arrived in India": a state named by its name, not a person or force acting for it.)
        StateWord => s.StateAt(i) is not null,
        _ => Same(s.Lower[i], patternWord),
    };

    /// <summary>A text word matches a pattern word in any inflection ("strikes" ~ "strike", "fences" ~ "fence"); a pattern word may be a prefix stem ("retaliat").</summary>
    private bool Same(string word, string patternWord) =>
        word == patternWord || lemmatizer.Candidates(word).Contains(patternWord) || (patternWord.Length >= 7 && word.StartsWith(patternWord));
}
