using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// Reads the clause around a trigger: whether the act is asserted (not negated, modal, hedged, conditional or
/// an opinion), whether the verb is passive, and who the subject, agent and object are.
/// </summary>
/// <param name="titleWords">The words of the titles written before names (data/kb/name-cues.tsv: "Mullah", "Lt", "Gen"),
/// which the recogniser leaves out of a person's name.</param>
internal sealed partial class ClauseReader(ClauseWords words, Lemmatizer lemmatizer, Knowledge.ShortReferences references, IReadOnlySet<string> titleWords)
{
    private const int ModifierWindow = 4;
    // How far back from an act a denial's "that" may stand ("denied that the Islamic Emirate shelters").
    private const int DeniedWindow = 10;
    private const int ObjectWindow = 14;

    // How many words a gerund subject ("attacking worshippers was") may run to before its copula.
    private const int GerundSubjectWords = 6;

    // How many words a subject naming no one ("Not one OIC member has") may run to before its verb.
    private const int NoOneSubjectWords = 7;

    /// <summary>Why a trigger does not report an asserted act, or null when it does.</summary>
    public string? NotAsserted(SentenceView s, Trigger t)
    {
        int clause = ClauseStart(s, t.Start);
        if (clause > 0 && s.Lower[clause - 1] is "if" or "unless" || (clause < s.Count && s.Lower[clause] is "if" or "unless"))
            return "conditional";
        // "did not say whether the guards had shelled the town": an indirect question asserts nothing (a "whether" that
        // opens the trigger's own clause, not one in a phrase before it: "Pakistan, which has long debated whether to
        // engage the Taliban, signed ...").
        for (int i = t.Start - 1; i >= Math.Max(0, clause - 1) && s.Lower[i] is not ("," or ";" or ":"); i--)
            if (s.Lower[i] == "whether") return "question";
        // "who asked not to be named": the reporter's formula for an anonymous source, not an appeal.
        if (t.VerbEnd + 3 < s.Count && s.Lower[t.VerbEnd + 1] == "not" && s.Lower[t.VerbEnd + 2] == "to" && s.Lower[t.VerbEnd + 3] == "be")
            return "anonymity";
        // "declined to say what those might be": a source keeping quiet refuses nothing asked of it.
        if (t.Pattern.Kind == PatternKind.Verb && t.Pattern.Code[..2] == "12" && t.VerbEnd + 2 < s.Count && s.Lower[t.VerbEnd + 1] == "to"
            && words.Is("non-answer", s.Lower[t.VerbEnd + 2]))
            return "non-answer";
        // "their vehicle struck a roadside bomb", "hit a landmine": running into a device is no attack by whoever ran into it.
        if (t.Pattern.Kind == PatternKind.Verb && lemmatizer.Candidates(s.Lower[t.Start]).Any(l => l is "strike" or "hit"))
            for (int i = t.VerbEnd + 1; i < Math.Min(s.Count, t.VerbEnd + 4); i++)
            {
                if (words.Is("device", s.Lower[i])) return "device";
                if (s.MentionAt[i] is not null || !s.IsWord(i) || words.Is("boundary", s.Lower[i])) break;
            }
        // "leave by Oct. 31 or face arrest and expulsion", "risk deportation": what someone is exposed to, a noun even where
        // it could be a verb.
        for (int i = t.Start - 1; i >= Math.Max(0, t.Start - 3); i--)
        {
            if (words.Is("exposure", s.Lower[i])) return "hypothetical";
            if (s.MentionAt[i] is not null || !s.IsWord(i) || s.Lower[i] is not ("and" or "or" or "possible" or "immediate" or "certain")) break;
        }
        if (t.Pattern.Kind == PatternKind.Noun)
        {
            // "the UN's Analytical Support and Sanctions Monitoring Team": a capitalised noun after a capitalised word that
            // names no actor or place is part of a name, not an act.
            if (t.Start > 0 && char.IsUpper(s.Tokens[t.Start].Text[0]) && s.IsWord(t.Start - 1) && s.MentionAt[t.Start - 1] is null
                && char.IsUpper(s.Tokens[t.Start - 1].Text[0]) && ClauseStart(s, t.Start) < t.Start - 1)
                return "name";
            // "accused the Taliban of shelling a border post": an -ing noun after a preposition is the charge, as for verbs.
            if (s.Lower[t.Start].EndsWith("ing") && t.Start > 0 && s.Lower[t.Start - 1] is "of" or "for" && t.End + 1 < s.Count && words.Is("determiner", s.Lower[t.End + 1]))
                return "gerund";
            for (int i = t.End + 1; i < Math.Min(s.Count, t.End + 4); i++)
                if (words.Is("cancellation", s.Lower[i])) return "cancelled";
            // "the sanctions monitoring team", "the deportation centres": a noun that only names what an institution is for.
            if (t.End + 1 < s.Count && (words.Is("institution", s.Lower[t.End + 1]) || t.End + 2 < s.Count && s.Lower[t.End + 1].EndsWith("ing") && words.Is("institution", s.Lower[t.End + 2])))
                return "modifier";
            // "the next major attack will tell us ...", "a ceasefire would allow ...": the subject of a modal is an act to come.
            if (t.End + 1 < s.Count && words.Is("modal", s.Lower[t.End + 1]) && !(t.Start > 0 && s.IsPossessive(t.Start - 1))) return "future";
            // "broke up without an agreement", "no ceasefire", "ruled out talks".
            for (int i = t.Start - 1; i >= Math.Max(0, t.Start - 3); i--)
            {
                if (s.Lower[i] is "without" or "no" || (s.Lower[i] == "out" && i > 0 && lemmatizer.Candidates(s.Lower[i - 1]).Contains("rule"))) return "negated";
                if (s.MentionAt[i] is not null || !s.IsWord(i)) break;
            }
            // "in case of a land invasion", "the threat of attacks": a possible act, not one that happened.
            for (int i = t.Start - 1; i >= Math.Max(1, t.Start - 4); i--)
                if (s.Lower[i] == "of" && words.Is("hypothetical", s.Lower[i - 1])) return "hypothetical";
            // "offered to facilitate dialogue between X and Y": what a proposal verb's infinitive would bring about has not
            // happened ("offered their good offices to broker a deal", a purpose, is left alone).
            for (int i = t.Start - 1; i >= Math.Max(2, t.Start - 4); i--)
            {
                if (s.MentionAt[i] is not null || !s.IsWord(i)) break;
                if (s.Lower[i - 1] == "to" && words.Is("proposal", s.Lower[i - 2])) return "proposed";
            }
            return null;
        }
        // "struck a more conciliatory tone", "hit a snag": a blow's verb with a figurative object (clause words `figurative`).
        if (t.Pattern.Code[..2] is "18" or "19" && t.End == t.VerbEnd)
            for (int k = t.VerbEnd + 1; k < Math.Min(s.Count, t.VerbEnd + 5) && s.MentionAt[k] is null && s.IsWord(k); k++)
                if (words.Is("figurative", s.Lower[k])) return "figurative";
        // "took over as army chief": taking up an office, not seizing anything.
        // ("sent Mohammad Sadiq back as special envoy": posting someone, not expelling him.)
        if ((t.Pattern.Code.StartsWith("192", StringComparison.Ordinal) || t.Pattern.Code == "174") && t.VerbEnd + 1 < s.Count && s.Lower[t.VerbEnd + 1] == "as") return "office";
        // "as promised", "as demanded by Pakistan": the act is the manner of another, not one reported.
        if (t.Start > 0 && s.Lower[t.Start - 1] == "as" && s.Lower[t.Start].EndsWith("ed")) return "manner";
        // "asks whether it can survive": a question, not an appeal.
        if (t.Pattern.Code[..2] is "02" or "10" && t.VerbEnd + 1 < s.Count && words.Is("interrogative", s.Lower[t.VerbEnd + 1]))
            return "question";
        // A gerund after a preposition names a charge or a purpose, not a reported act ("accused of sheltering",
        // "for providing"); after "by" it is the means of the act it follows ("responded by summoning").
        if (s.Lower[t.Start].EndsWith("ing") && t.Start > 0 && s.Lower[t.Start - 1] != "by" && words.Is("preposition", s.Lower[t.Start - 1])) return "gerund";
        // "saying that attacking worshippers was against Islam": a gerund opening a clause as the subject of a copula
        // names a kind of act, not one reported.
        if (s.Lower[t.Start].EndsWith("ing") && !t.Pattern.Reporting && (t.Start == 0 || s.Lower[t.Start - 1] is "that" or "\"" or "“")
            && Enumerable.Range(t.VerbEnd + 1, Math.Max(0, Math.Min(s.Count, t.VerbEnd + GerundSubjectWords) - t.VerbEnd - 1))
                .TakeWhile(k => s.Lower[k] is not ("," or ";") && !words.Is("boundary", s.Lower[k]))
                .Any(k => s.Lower[k] is "is" or "was" or "are" or "were"))
            return "gerund";
        // "accused them of humiliating refugees, seizing their property and destroying their houses": a gerund
        // coordinated with a charge is one more charge.
        if (s.Lower[t.Start].EndsWith("ing") && t.Start > 0 && s.Lower[t.Start - 1] is "," or "and" or "or")
            for (int j = t.Start - 2; j > 0 && t.Start - j <= 12 && s.Lower[j] is not (";" or ":") && !words.Is("boundary", s.Lower[j]); j--)
                if (s.Lower[j].EndsWith("ing") && s.Lower[j - 1] is "of" or "for")
                    return "gerund";
        // "denied that the Islamic Emirate shelters the TTP": what a denial's "that" clause says is what is denied.
        for (int i = t.Start - 1; i >= Math.Max(1, t.Start - DeniedWindow); i--)
        {
            if (s.Lower[i] is ";" or ":" || (words.Is("boundary", s.Lower[i]) && s.Lower[i] != "that") || (s.Lower[i] == "," && i + 1 < s.Count && s.Lower[i + 1] is "but" or "and")) break;
            if (s.Lower[i] == "that" && (words.Is("denial", s.Lower[i - 1]) || DismissedReport(s, i - 1))) return "denied";
        }
        // "denies sheltering the TTP": the gerund of a denial is the act denied.
        if (s.Lower[t.Start].EndsWith("ing") && t.Start > 0 && words.Is("denial", s.Lower[t.Start - 1])) return "denied";
        // "accused them of having opened fire": a perfect gerund after a preposition, the same.
        if (t.Start > 1 && s.Lower[t.Start - 1] is "having" or "being" && words.Is("preposition", s.Lower[t.Start - 2])) return "gerund";
        // "to recognise ... and lift": a verb coordinated with an infinitive is one too.
        if (t.Start > 0 && s.Lower[t.Start - 1] is "and" or "or")
            for (int i = t.Start - 2; i >= Math.Max(clause, t.Start - 8); i--)
                // Only an infinitive's "to" ("sent fighters to Afghanistan and staged attacks" is two asserted acts).
                if (IsInfinitiveTo(s, i))
                    return NotAsserted(s, t with { Start = i + 1 }) ?? "infinitive";
        // "offered no evidence", "gave no details": an object that names nothing denies the act.
        if (t.Pattern.Kind == PatternKind.Verb && t.VerbEnd + 2 < s.Count && s.Lower[t.VerbEnd + 1] == "no" && s.Lower[t.VerbEnd + 2] is not ("longer" or "less" or "fewer" or "more"))
            return "negated";
        // "Not one OIC member has recognised the Emirate", "No country has recognised it": a subject that names no one
        // denies the act.
        // (Only a subject the verb follows closely, with no comma between: "No group claims it, and the TTP denies
        // involvement" denies; "No longer reliant on Pakistan, they ..." is no such subject.)
        // ("No fewer than five militants stormed ...", "Not a week later Pakistan struck ...": measures, no subject.)
        if (clause + 1 < t.Start && t.Start - clause <= NoOneSubjectWords
            && s.Lower[clause + 1] is not ("longer" or "doubt" or "fewer" or "less" or "more" or "sooner" or "matter" or "wonder")
            && !(s.Lower[clause] == "not" && clause + 2 < s.Count && s.Lower[clause + 2] is "day" or "week" or "month" or "year" or "moment")
            && Enumerable.Range(clause, t.Start - clause).All(k => s.IsWord(k))
            && (s.Lower[clause] is "no" or "none" || (s.Lower[clause] == "not" && s.Lower[clause + 1] is "one" or "a")))
            return "negated";
        for (int i = t.Start - 1; i >= Math.Max(clause, t.Start - ModifierWindow); i--)
        {
            var w = s.Lower[i];
            if (s.MentionAt[i] is not null) break;
            if (words.Is("negation", w)) return "negated";
            // "On May 2": the month, not the modal.
            if (words.Is("modal", w) && !(w == "may" && (char.IsUpper(s.Tokens[i].Text[0]) || (i + 1 < s.Count && char.IsDigit(s.Lower[i + 1][0]))))
                && !AnnouncedDecision(s, i, t)) return "modal";
            if (w == "to")
            {
                int governor = i - 1;
                if (governor >= 0 && s.MentionAt[governor] is not null) governor = s.MentionStart(governor) - 1;
                if (governor >= 0 && words.Is("negation", s.Lower[governor])) return "negated";
                // "becoming the first country to recognise the Emirate", "the first Iranian foreign minister to visit Kabul":
                // the first (or only, or last) one to do something did it.
                // (Still under a modal or a hedge further back: "Russia could become the first country to recognise".)
                if (FirstToAct(s, governor))
                {
                    for (int k = governor - 1; k >= clause; k--)
                        if (words.Is("modal", s.Lower[k]) || words.Is("hedge", s.Lower[k]) || words.Is("negation", s.Lower[k])) return "modal";
                    continue;
                }
                return governor >= 0 && words.Is("implicative", s.Lower[governor]) ? null : "infinitive";
            }
            if (words.Is("hedge", w)) return "hedged";
        }
        // "it must fully investigate the attack, condemn it publicly and arrest the perpetrators": a bare verb in a list
        // shares the modal or the infinitive its first verb stands under.
        if (t.Pattern.Kind == PatternKind.Verb && ListedBareVerb(s, t.Start, clause) is { } head)
            return head;
        for (int i = clause; i < t.Start; i++)
            if (words.Is("opinion", s.Lower[i]) && s.MentionAt[i] is null) return "opinion";
        // "demanded that Iran expel ...": what a demand or proposal asks for has not happened.
        // ("demanded that Kabul investigate the attack ... and that it publicly condemn it": a "that" clause coordinated with
        // an earlier one is governed by the same verb.)
        for (int i = t.Start - 1; i >= Math.Max(1, t.Start - 6); i--)
            if (s.Lower[i] == "that" && s.MentionAt[i] is null)
            {
                int that = i;
                while (that > 1 && s.Lower[that - 1] is "and" or "or" && EarlierThat(s, that - 1) is { } earlier) that = earlier;
                return words.Is("proposal", s.Lower[that - 1]) ? "proposed" : null;
            }
        return null;
    }

    /// <summary>The "that" opening the clause before <paramref name="before"/> in the same sentence (no stop between), or null.</summary>
    private static int? EarlierThat(SentenceView s, int before)
    {
        for (int k = before - 1; k >= 1 && before - k <= CoordinatedThatReach; k--)
        {
            if (s.Lower[k] is "." or ";" or ":") return null;
            if (s.Lower[k] == "that" && s.MentionAt[k] is null) return k;
        }
        return null;
    }

    // How far back the first of two coordinated "that" clauses may open.
    private const int CoordinatedThatReach = 40;

    /// <summary>"rejected reports that ...", "denied media claims that ...": a report (clause words `report`) ending at
    /// <paramref name="noun"/> that a denial or a dismissal (`dismissal`) answers; what it says did not happen.</summary>
    private bool DismissedReport(SentenceView s, int noun)
    {
        if (noun < 1 || !words.Is("report", s.Lower[noun])) return false;
        int v = noun - 1;
        if (v > 0 && s.MentionAt[v] is null && s.Lower[v] is "the" or "any" or "media" or "such" or "these" or "those") v--;
        return v >= 0 && (words.Is("denial", s.Lower[v]) || words.Is("dismissal", s.Lower[v]));
    }

    /// <summary>"modal" or "infinitive" where the uninflected verb at <paramref name="verb"/> follows a comma or "and" in a
    /// list whose first verb stands under a modal or an infinitive's "to" in the same clause; else null.</summary>
    private string? ListedBareVerb(SentenceView s, int verb, int clause)
    {
        int p = verb - 1;
        while (p > clause && s.Lower[p].EndsWith("ly") && s.MentionAt[p] is null) p--;
        if (p <= clause || s.Lower[p] is not ("," or "and" or "or") || !lemmatizer.Candidates(s.Lower[verb]).Contains(s.Lower[verb])
            || s.Lower[verb].EndsWith("ed") || s.Lower[verb].EndsWith("ing")) return null;
        for (int i = p - 1; i >= clause && verb - i <= ListReach; i--)
        {
            if (s.MentionAt[i] is not null) continue;
            var w = s.Lower[i];
            if (w is "." or ";" or ":" || words.Is("boundary", w)) return null;
            if (words.Is("modal", w) && w != "may") return "modal";
            if (IsInfinitiveTo(s, i)) return "infinitive";
        }
        return null;
    }

    // How far back the first verb of a list may stand.
    private const int ListReach = 40;

    /// <summary>
    /// "India announced that it would upgrade its mission", "Islamabad decided that it will reopen the crossing": a side
    /// announcing what it will do has decided it; the "will" or "would" at <paramref name="modal"/> tells a decision, not a guess.
    /// </summary>
    /// <remarks>Only a cooperative act (roots 03 to 08): "announced that it would launch attacks" is a threat, not an attack.</remarks>
    private bool AnnouncedDecision(SentenceView s, int modal, Trigger t)
    {
        if (s.Lower[modal] is not ("would" or "will") || t.Pattern.Code[..2] is not ("03" or "04" or "05" or "06" or "07" or "08")) return false;
        int j = modal - 1;
        if (j >= 0 && s.MentionAt[j] is not null) j = s.MentionStart(j) - 1;
        else if (j >= 0 && words.Is("pronoun", s.Lower[j])) j--;
        else return false;
        // ("announced it would upgrade": the "that" may go unsaid.)
        if (j >= 0 && words.Is("announcement", s.Lower[j])) return true;
        if (j > 0 && s.Lower[j] == "that" && words.Is("announcement", s.Lower[j - 1])) return true;
        // ("said hours later that it would reciprocate", "told Muttaqi that India would upgrade its mission": a saying a few
        // words before the "that" too, clause words `saying`.)
        if (j > 0 && s.Lower[j] == "that" && Enumerable.Range(Math.Max(0, j - 4), j - Math.Max(0, j - 4)).Any(k => words.Is("saying", s.Lower[k]))) return true;
        // "Pakistan will raise its chargé d'affaires to ambassador, Dar announced on Friday": the announcement after the
        // clause, which opens the sentence.
        // (The announcer's title and name stand between: ", Deputy Prime Minister and Foreign Minister Ishaq Dar announced".)
        if (j >= 0) return false;
        int comma = Enumerable.Range(t.End + 1, Math.Max(0, s.Count - t.End - 1)).FirstOrDefault(k => s.Lower[k] == ",");
        return comma > 0 && Enumerable.Range(comma + 1, Math.Max(0, Math.Min(s.Count, comma + 12) - comma - 1))
            .TakeWhile(k => s.Lower[k] is not ("," or "that")).Any(k => words.Is("announcement", s.Lower[k]));
    }

    /// <summary>"had been detained and deported", "were arrested and later deported": a participle joined by "and" to one
    /// right after a passive auxiliary.</summary>
    public bool JoinedToPassive(SentenceView s, int verb)
    {
        int and = verb - 1;
        if (and > 0 && words.Is("adverb", s.Lower[and])) and--;
        return and >= 2 && s.Lower[and] == "and" && lemmatizer.LooksLikeParticiple(s.Lower[and - 1]) && words.Is("passive", s.Lower[and - 2]);
    }

    /// <summary>The actor opening what a verb of saying ending at <paramref name="sayEnd"/> reports ("said [that] Afghan
    /// authorities had ..."), where a verb follows it before <paramref name="before"/>, or null.</summary>
    public ActorRef? ComplementSubject(SentenceView s, int sayEnd, int before)
    {
        int k = sayEnd + 1;
        if (k < before && s.Lower[k] == "that") k++;
        if (k < before && s.Lower[k] == "the") k++;
        if (k >= before || s.ActorAt(k) is not { } subject || s.MentionStart(k) != k) return null;
        int after = s.MentionEnd(k) + 1;
        return after < before && s.MentionAt[after] is null && (words.Is("passive", s.Lower[after]) || s.Lower[after] is "had" or "has" or "have"
            || words.Is("modal", s.Lower[after]) || lemmatizer.IsPastForm(s.Lower[after])) ? subject : null;
    }

    /// <summary>Whether a verb of saying stands between the last mention of <paramref name="actor"/> before <paramref name="verb"/> and it.</summary>
    public bool SaidBetween(SentenceView s, ActorRef actor, int verb)
    {
        int at = Enumerable.Range(0, verb).LastOrDefault(k => s.ActorAt(k)?.Key == actor.Key, -1);
        return at >= 0 && Enumerable.Range(at + 1, verb - at - 1).Any(k => s.MentionAt[k] is null && words.Is("saying", s.Lower[k]));
    }

    public bool IsPassive(SentenceView s, Trigger t)
    {
        if (t.Pattern.Kind != PatternKind.Verb || !lemmatizer.LooksLikeParticiple(s.Lower[t.Start])) return false;
        // A reduced relative or an "as" clause: "an attack launched by the TTP", "as demanded by Pakistan".
        if (t.VerbEnd + 1 < s.Count && s.Lower[t.VerbEnd + 1] == "by") return true;
        for (int i = t.Start - 1; i >= Math.Max(0, t.Start - 3); i--)
        {
            if (words.Is("passive", s.Lower[i])) return true;
            if (s.MentionAt[i] is not null || !s.IsWord(i)) return false;
        }
        return false;
    }

    /// <summary>The token where the trigger's clause starts: after the nearest boundary word or semicolon to the left.</summary>
    public int ClauseStart(SentenceView s, int from)
    {
        for (int i = from - 1; i >= 0; i--)
            if (s.MentionAt[i] is null && !TimeOfDayColon(s, i) && (words.Is("boundary", s.Lower[i]) || s.Lower[i] is ";" or ":" or "—" or "–" || SpacedHyphen(s, i) || ClosesQuote(s, i))) return i + 1;
        return 0;
    }

    /// <summary>The colon of a time of day ("at 8:45 a.m."), which closes no clause.</summary>
    private static bool TimeOfDayColon(SentenceView s, int i) =>
        s.Lower[i] == ":" && i > 0 && i + 1 < s.Count && char.IsDigit(s.Lower[i - 1][^1]) && char.IsDigit(s.Lower[i + 1][0])
        && s.Tokens[i].Span.Start == s.Tokens[i - 1].Span.End && s.Tokens[i + 1].Span.Start == s.Tokens[i].Span.End;

    /// <summary>A hyphen standing alone as a dash ("ISLAMABAD, March 28 (Agency) - A suicide bomber ..."), not joining words.</summary>
    private static bool SpacedHyphen(SentenceView s, int i)
    {
        if (s.Lower[i] != "-") return false;
        var text = s.Document.Text;
        int start = s.Tokens[i].Span.Start, end = s.Tokens[i].Span.End;
        return start > 0 && char.IsWhiteSpace(text[start - 1]) && end < text.Length && char.IsWhiteSpace(text[end]);
    }

    /// <summary>
    /// A closing quotation mark: what stands before it is someone's words, never the subject of the verb after it
    /// ("“... support to the Taliban,” Weinstein told DW").
    /// </summary>
    // Only a quotation that ends a sentence or a clause of its own (,” .” ?”): "warning of “consequences”" quotes a word.
    public static bool ClosesQuote(SentenceView s, int i) =>
        s.Lower[i] is "”" or "\"" && i > 0 && s.Lower[i - 1] is "," or "." or "?" or "!";

    /// <summary>The token where a relative or subordinate clause after the trigger begins, or null when none does.</summary>
    public int? ClauseEnd(SentenceView s, int after)
    {
        for (int i = after + 1; i < s.Count; i++)
            if (s.MentionAt[i] is null && !TimeOfDayColon(s, i) && (words.Is("boundary", s.Lower[i]) || s.Lower[i] is ";")) return i;
        return null;
    }

    /// <summary>
    /// "flew to Kabul for the sixth round, a format Beijing invented in December 2017": the comma opening an apposition
    /// after the trigger whose noun carries a relative clause of its own (a name and a verb in the past right after
    /// it), or null. What that clause tells, and when, is not the trigger's act.
    /// </summary>
    public int? AppositiveClauseAfter(SentenceView s, int after)
    {
        int end = ClauseEnd(s, after) ?? s.Count;
        for (int i = after + 1; i + 3 < end; i++)
        {
            if (s.MentionAt[i] is not null || s.Lower[i] != "," || s.Lower[i + 1] is not ("a" or "an")) continue;
            // (The noun may carry a modifier or two: "a format", "a new trilateral format".)
            for (int k = i + 2; k < Math.Min(end - 1, i + 5); k++)
            {
                if (s.ActorAt(k) is not null && !s.IsPossessive(s.MentionEnd(k)))
                {
                    int verb = s.MentionEnd(k) + 1;
                    return verb < end && k > i + 2 && lemmatizer.IsPastForm(s.Lower[verb]) ? i : null;
                }
                if (s.MentionAt[k] is not null || !s.IsWord(k)) break;
            }
        }
        return null;
    }

    /// <summary>
    /// ", and the fighting spread ...": the comma of a clause joined by "and" after the trigger's, with a subject of its own,
    /// or null. Not after another comma in between, where the "and" may close a list ("killed soldiers, police, and the ...").
    /// </summary>
    public int? CoordinatedClauseAfter(SentenceView s, int after)
    {
        int end = ClauseEnd(s, after) ?? s.Count;
        for (int i = after + 1; i + 2 < end; i++)
        {
            if (s.MentionAt[i] is not null || s.Lower[i] != ",") continue;
            return s.Lower[i + 1] == "and" && StartsSubject(s, i + 2) ? i : null;
        }
        return null;
    }

    /// <summary>"Talks began in October, and a truce ... took effect on Nov. 9": where the "and" clause holding the trigger
    /// starts (the token after "and"), when a clause with a subject of its own is joined there; else null.
    /// ("since the Taliban seized power in August 2021 and the TTP called off its ceasefire in November 2022": a year
    /// closing the clause before marks the join as well as a comma does, for no actor is coordinated with a year.)</summary>
    public int? CoordinatedClauseBefore(SentenceView s, int trigger)
    {
        for (int j = trigger - 1; j >= Math.Max(2, ClauseStart(s, trigger)); j--)
            if (s.MentionAt[j] is null && s.Lower[j] == "and" && (s.Lower[j - 1] == "," || IsYear(s.Lower[j - 1])) && StartsSubject(s, j + 1)) return j + 1;
        return null;
    }

    private static bool IsYear(string word) => word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20")) && word.All(char.IsAsciiDigit);

    /// <summary>"Asif, who had warned on Saturday ..., welcomed": the tokens from the relative word to the comma closing a
    /// relative clause set off by commas between the trigger and its subject, or null.</summary>
    public (int Start, int End)? ClosedRelativeBefore(SentenceView s, int trigger)
    {
        int from = ClauseStart(s, trigger);
        if (from < 2 || s.Lower[from - 1] is not ("who" or "which" or "whose" or "whom") || s.Lower[from - 2] != ",") return null;
        for (int k = from; k < trigger; k++)
            if (s.MentionAt[k] is null && s.Lower[k] == ",") return (from - 1, k);
        return null;
    }

    /// <summary>"said on Thursday that Afghan troops had opened fire": the token after the "that" opening what a verb of
    /// saying (clause words `saying`) a few words before it reports, when the trigger stands in that report; else null.</summary>
    public int? ReportedFrom(SentenceView s, int trigger)
    {
        for (int j = trigger - 1; j > Math.Max(0, ClauseStart(s, trigger) - 1); j--)
        {
            if (s.MentionAt[j] is not null || s.Lower[j] != "that") continue;
            for (int k = j - 1; k >= Math.Max(0, j - ReportReach); k--)
                if (s.MentionAt[k] is null && words.Is("saying", s.Lower[k])) return j + 1;
            return null;
        }
        return null;
    }

    /// <summary>"the heaviest clashes since the Taliban took power": the "since" after the act that opens what it is measured
    /// from, where a superlative or a first (clause words `superlative`, `precedence`) stands near the act; else null.
    /// ("supported the Taliban since the group emerged in 1994" began then.)</summary>
    public int? MeasuredSince(SentenceView s, int start, int end)
    {
        int? since = null;
        for (int k = end + 1; k + 1 < s.Count && s.Lower[k] is not (";" or ":"); k++)
            // ("the most serious attack since Pakistan's strikes in Kunar": an actor may open it too.)
            if (s.Lower[k] == "since" && (words.Is("determiner", s.Lower[k + 1]) || words.Is("pronoun", s.Lower[k + 1]) || s.ActorAt(k + 1) is not null)) { since = k; break; }
        if (since is not { } at) return null;
        for (int j = Math.Max(0, start - 3); j < at; j++)
            if (words.Is("superlative", s.Lower[j]) || words.Is("precedence", s.Lower[j])) return at;
        return null;
    }

    /// <summary>How many words a verb of saying may stand before the "that" of what it reports ("told her weekly briefing in
    /// Islamabad on Thursday that").</summary>
    private const int ReportReach = 9;

    /// <summary>Whether a subject begins at token <paramref name="k"/>: an actor, a pronoun or a determiner.</summary>
    private bool StartsSubject(SentenceView s, int k) =>
        k < s.Count && (s.ActorAt(k) is not null || words.Is("determiner", s.Lower[k]) || words.Is("pronoun", s.Lower[k]));

    /// <summary>Whether a word is of a clause-words category.</summary>
    public bool Is(string category, string word) => words.Is(category, word);

    /// <summary>An adverb that may stand between a subject and its verb: one in "-ly", or one of clause words `adverb` ("just", "then").</summary>
    public bool IsAdverb(string word) => word.EndsWith("ly") || words.Is("adverb", word);

    public bool IsFunctionWord(string word) =>
        words.Is("preposition", word) || words.Is("determiner", word) || words.Is("boundary", word) || words.Is("passive", word) || word is "and" or "or";

    /// <summary>"a month-long truce", "an open-ended ceasefire": an indefinite article shortly before a noun.</summary>
    public bool IsIndefinite(SentenceView s, int noun)
    {
        // ("a 48-hour ceasefire": a number may stand in the modifier.)
        for (int i = noun - 1; i >= Math.Max(0, noun - 4); i--)
        {
            if (s.Lower[i] is "a" or "an") return true;
            if (s.MentionAt[i] is not null || !s.IsWord(i) && !s.Lower[i].Contains('-') && !char.IsDigit(s.Lower[i][0]) || words.Is("preposition", s.Lower[i])) return false;
        }
        return false;
    }

    /// <summary>
    /// "Four days of talks in Istanbul ended on 29 October", "Talks resumed on Monday": a new mutual act as the subject
    /// of a verb telling how it went (no definite article before it, no actor between it and the verb).
    /// </summary>
    /// <remarks>"The third round, held in Istanbul on 6 and 7 November, collapsed": one of a series named by its place in
    /// it is new even after "the", and a phrase set off by commas may stand between it and the verb.</remarks>
    public bool NewSubjectOfCourse(SentenceView s, int noun, int nounEnd, bool series = false)
    {
        bool ordinal = series && OrdinalBefore(s, noun);
        if (!ordinal && noun > 0 && s.Lower[noun - 1] is "the" or "these" or "those" or "its" or "their") return false;
        int clause = ClauseStart(s, noun);
        for (int k = clause; k < (ordinal ? noun - 1 : noun); k++)
            if (s.ActorAt(k) is not null || s.Lower[k] is "," or ";") return false;
        int from = nounEnd + 1;
        if (ordinal && from < s.Count && s.Lower[from] == ","
            && Enumerable.Range(from + 1, Math.Max(0, Math.Min(s.Count, from + AsideLength) - from - 1)).FirstOrDefault(k => s.Lower[k] == ",") is > 0 and var closing
            && !Enumerable.Range(from + 1, closing - from - 1).Any(k => s.ActorAt(k) is not null || s.Lower[k] == ";"))
            from = closing + 1;
        for (int k = from; k < Math.Min(s.Count, from + 7); k++)
        {
            if (s.ActorAt(k) is not null || s.Lower[k] is "," or ";" || words.Is("boundary", s.Lower[k])) return false;
            if (words.Is("course", s.Lower[k])) return true;
        }
        return false;
    }

    /// <summary>How many words a phrase set off by commas after a subject may run to.</summary>
    private const int AsideLength = 14;

    /// <summary>"the third round", "the next round": a word giving the noun's place in its series right before it.</summary>
    public static bool OrdinalBefore(SentenceView s, int noun) =>
        noun > 0 && s.Lower[noun - 1] is "first" or "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "ninth" or "tenth"
            or "next" or "last" or "previous" or "latest" or "final" or "further" or "fresh";

    /// <summary>"the first country", "the first Iranian foreign minister" (clause words `precedence` after "the") right before an
    /// infinitive's "to", naming who did it ("the only way to end the fighting" names no one: the noun must be an agent's).</summary>
    private bool FirstToAct(SentenceView s, int governor)
    {
        if (governor < 0 || words.Is("non-agent", s.Lower[governor])) return false;
        for (int k = governor; k >= Math.Max(1, governor - 3); k--)
            if (words.Is("precedence", s.Lower[k]) && s.Lower[k - 1] == "the") return true;
        return false;
    }

    /// <summary>A verb that brings a truce or talks about ("agreed", "announced", "brokered"): clause words `creation`.</summary>
    public bool IsCreation(string word) => words.Is("creation", word);

    /// <summary>"They produced a ceasefire ... and an open-ended truce": a creation verb before the noun in its clause.</summary>
    public bool CreatedBy(SentenceView s, int noun)
    {
        int clause = ClauseStart(s, noun);
        for (int i = noun - 1; i >= Math.Max(clause, noun - 12); i--)
            if (s.MentionAt[i] is null && words.Is("creation", s.Lower[i])) return true;
        // "a 48-hour ceasefire was announced", "a truce was declared that evening": brought about in the passive.
        for (int i = noun + 1; i + 1 < Math.Min(s.Count, noun + 4); i++)
        {
            if (s.Lower[i] is "was" or "were" && words.Is("creation", s.Lower[i + 1])) return true;
            if (!s.IsWord(i) || s.MentionAt[i] is not null) break;
        }
        return false;
    }

    /// <summary>"to" before a verb ("to suspend"), not the preposition before a name or a noun phrase ("to Afghanistan", "to the UN").</summary>
    private bool IsInfinitiveTo(SentenceView s, int i) =>
        i + 1 < s.Count && s.Lower[i] == "to" && s.MentionAt[i] is null && s.MentionAt[i + 1] is null && s.IsWord(i + 1) && !words.Is("determiner", s.Lower[i + 1]);

    /// <summary>The "to" of an infinitive after a verb ("urged Islamabad to suspend"), or null.</summary>
    public int? InfinitiveStart(SentenceView s, int after)
    {
        for (int i = after + 1; i + 1 < Math.Min(s.Count, after + ObjectWindow); i++)
            if (IsInfinitiveTo(s, i)) return i;
        return null;
    }

    /// <summary>Where the reported content of a statement verb begins ("accused X of ...", "said that ..."), or null.</summary>
    /// <param name="refusal">A denial or refusal: a gerund or an infinitive right after it is what is denied or refused
    /// ("denies sheltering the TTP", "refused to hand over its commanders"); who that concerns is no target.</param>
    public int? ComplementStart(SentenceView s, int after, bool refusal = false)
    {
        // (A gerund takes an object, an actor or a determiner; "rejected mounting criticism" is an adjective.)
        if (refusal && after + 2 < s.Count && s.MentionAt[after + 1] is null
            && ((s.Lower[after + 1].EndsWith("ing") && (s.MentionAt[after + 2] is not null || words.Is("determiner", s.Lower[after + 2])))
                || (s.Lower[after + 1] == "to" && s.MentionAt[after + 2] is null && s.IsWord(after + 2) && !words.Is("determiner", s.Lower[after + 2]))))
            return after + 1;
        for (int i = after + 1; i < Math.Min(s.Count, after + ObjectWindow); i++)
        {
            if (s.MentionAt[i] is not null) continue;
            if (s.Lower[i] == "that") return i;
            // "accused them of having opened fire", "blamed Kabul for sheltering": a gerund after the object.
            if (s.Lower[i] is "of" or "for" && i + 1 < s.Count && (s.Lower[i + 1].EndsWith("ing") || s.Lower[i + 1] == "having")) return i;
            // "said: “...", "told reporters, “...": a quotation right after the verb.
            if (s.Lower[i] is "\"" or "“" && s.Lower[i - 1] is "," or ":") return i;
        }
        return null;
    }

    /// <summary>"talks with Taliban ministers": the actor right after a "with" that follows the noun ending at <paramref name="end"/>.</summary>
    public ActorRef? PartnerAfter(SentenceView s, int end)
    {
        // "held talks in Kabul with ...": a place phrase may stand between.
        if (end + 2 < s.Count && s.Lower[end + 1] is "in" or "at" && s.PlaceAt(end + 2) is not null) end = s.MentionEnd(end + 2);
        if (end + 1 >= s.Count || s.Lower[end + 1] != "with") return null;
        for (int i = end + 2; i < Math.Min(s.Count, end + 5); i++)
        {
            if (s.TargetAt(i) is { } a) return a;
            if (!s.IsWord(i) || words.Is("boundary", s.Lower[i])) return null;
        }
        return null;
    }

    /// <summary>"urged restraint", "called for dialogue": whether a word of calm (clause words "calm") shortly follows the verb.</summary>
    public bool CallsForCalm(SentenceView s, int verbEnd)
    {
        for (int i = verbEnd + 1; i < Math.Min(s.Count, verbEnd + 5); i++)
        {
            if (words.Is("calm", s.Lower[i])) return true;
            if (s.MentionAt[i] is not null || words.Is("boundary", s.Lower[i])) return false;
        }
        return false;
    }

    /// <summary>"accused each other of ...": whether the verb's object is reciprocal.</summary>
    public bool Reciprocal(SentenceView s, int verbEnd)
    {
        for (int i = verbEnd + 1; i < Math.Min(s.Count - 1, verbEnd + 4); i++)
            if (s.Lower[i] is "each" or "one" && s.Lower[i + 1] is "other" or "another") return true;
        return false;
    }

    /// <summary>"set up camps where returnees receive meals": whether nameless people an aid goes to follow the verb in its sentence.</summary>
    public bool NamesBeneficiaries(SentenceView s, int verbEnd)
    {
        for (int i = verbEnd + 1; i < s.Count; i++)
            if (s.MentionAt[i] is null && words.Is("beneficiaries", s.Lower[i])) return true;
        return false;
    }

    /// <summary>
    /// "promised that the attack would not go unanswered", "said those who sheltered the attackers would face consequences":
    /// whether what a statement reports is a coming answer in force (a modal, then a response word of the clause words).
    /// </summary>
    /// <param name="struck">The actor the vowed strike names ("would strike TTP hideouts"), if any.</param>
    public bool VowsResponse(SentenceView s, int verbEnd, ActorRef speaker, out ActorRef? struck)
    {
        struck = null;
        // "vowed to respond", "promised to avenge the dead": an answer in force as the infinitive.
        if (verbEnd + 2 < s.Count && s.Lower[verbEnd + 1] == "to" && s.Lower[verbEnd + 2] is "respond" or "retaliate" or "avenge" or "punish" or "hit" or "strike"
            && !(s.Lower[verbEnd + 2] is "respond" && verbEnd + 3 < s.Count && s.Lower[verbEnd + 3] == "to")
            && !(s.Lower[verbEnd + 2] is "hit" or "strike" && !(verbEnd + 3 < s.Count && s.Lower[verbEnd + 3] == "back")))
            return true;
        // ("said Pakistan would respond strongly": the complement may open with no "that", on its subject.)
        // ("said the state would respond with full force": or on a noun for the speaker's own side.)
        // ("said the attack would not go unanswered", "said anyone who attacked state offices would face force": or on a
        // noun phrase that a modal follows closely.)
        // (Not "said the sacrifices of the soldiers would not go in vain": a tribute, not a threat.)
        // ('"Every provocation will be met with a strong response," he said': or the quotation opening the sentence, before
        // the verb of saying.)
        // (A conditional one, '"If Iran repeats this aggression, we will ...," he said', is ConditionalThreats'.)
        if (s.Count > 1 && s.Lower[0] is "\"" or "“" && s.Lower[1] != "if" && Enumerable.Range(1, Math.Max(0, verbEnd - 1)).LastOrDefault(q => ClosesQuote(s, q)) is > 1 and var closing)
            return ModalResponse(s, 0, closing, speaker, nounComplement: true, out struck);
        var complement = ComplementStart(s, verbEnd);
        bool nounComplement = complement is null && verbEnd + 1 < s.Count && s.ActorAt(verbEnd + 1) is null && !OwnSideBeforeModal(s, verbEnd + 1);
        if ((complement ?? (verbEnd + 1 < s.Count && (s.ActorAt(verbEnd + 1) is not null || OwnSideBeforeModal(s, verbEnd + 1)
                || (s.Lower[verbEnd + 1] is "the" or "this" or "such" or "any" or "anyone" or "every" or "those" or "these" && ModalSoonAfter(s, verbEnd + 1))) ? verbEnd : null)) is not { } start)
            return false;
        return ModalResponse(s, start, s.Count, speaker, nounComplement, out struck);
    }

    // How far a modal's verb phrase reaches for its word of response.
    private const int ModalPhrase = 9;

    /// <summary>Whether a modal between <paramref name="start"/> and <paramref name="end"/> heads a verb phrase of response in force.</summary>
    private bool ModalResponse(SentenceView s, int start, int end, ActorRef speaker, bool nounComplement, out ActorRef? struck)
    {
        struck = null;
        for (int i = start + 1; i < end; i++)
        {
            if (s.Lower[i] is not ("would" or "will" or "shall" or "could" or "can")) continue;
            // The modal's own verb phrase: "would not go unanswered", "would face consequences", "will respond with force";
            // not "would remain in force" nor "would respond to the needs of returnees".
            // ("will be met with a strong and effective response": up to the phrase's length.)
            for (int k = i + 1; k < Math.Min(end, i + ModalPhrase); k++)
            {
                if (s.Lower[k] is "," or ";" || words.Is("boundary", s.Lower[k])) break;
                // ("would respond to anyone who crossed its borders", "will respond to any aggression": answering an attack;
                // not "would respond to the needs of returnees".)
                if (!words.Is("response", s.Lower[k]) || (s.Lower[k] is "respond" or "answer" && k + 1 < s.Count && s.Lower[k + 1] == "to" && !Provocation(s, k + 2))) continue;
                if (nounComplement && s.Lower[k] == "vain") continue;
                // "would hit exports", "would remain in force": only "full force", "strike back", "pay a price" answer in force.
                // "would strike TTP hideouts", "could hit militants in Afghanistan": striking an actor named right after.
                // (Only the speaker's side strikes: "the floods would hit Afghanistan" threatens no one.)
                if (s.Lower[k] is "hit" or "strike" && SpeakersSide(s, i, speaker)
                    && Enumerable.Range(k + 1, Math.Min(3, s.Count - k - 1)).Select(j => s.TargetAt(j)).FirstOrDefault(a => a is not null) is { } named)
                {
                    struck = named;
                    return true;
                }
                if (s.Lower[k] is "force" or "hit" or "strike" or "price" && !(s.Lower[k - 1] is "full" or "military" or "heavy" or "a" or "the" && s.Lower[k] != "hit"
                    || k + 1 < s.Count && s.Lower[k + 1] == "back")) continue;
                // "would respond effectively if the Taliban did not deny sanctuary": the answer threatens whom its condition names.
                struck = ConditionNames(s, k + 1, end, speaker);
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a modal ("would", "will") follows within a few words, before any comma.</summary>
    private static bool ModalSoonAfter(SentenceView s, int from)
    {
        for (int k = from; k < Math.Min(s.Count, from + 7); k++)
        {
            if (s.Lower[k] is "," or ";" or ".") return false;
            if (s.Lower[k] is "would" or "will" or "shall") return true;
        }
        return false;
    }

    /// <summary>
    /// "announced that undocumented Afghans had to leave by July 6", "said unauthorised nationals would be removed": whether
    /// what a statement reports is that people must go (an expulsion phrase of the clause words), and who, if named.
    /// </summary>
    public (bool Found, ActorRef? People) AnnouncedExpulsion(SentenceView s, int verbEnd, ActorRef speaker)
    {
        // "..., officials said, as the government began enforcing a deadline": what follows the comma is not what was said.
        if (verbEnd + 1 >= s.Count || s.Lower[verbEnd + 1] == ",") return (false, null);
        ActorRef? people = null;
        for (int i = verbEnd + 1; i < s.Count - 1; i++)
        {
            if (s.Lower[i] is ";") break;
            if (people is null && s.ActorAt(i) is { } a && !ActorSides.Same(a, speaker)) people = a;
            for (int n = Math.Min(5, s.Count - i); n >= 2; n--)
                // "had to leave their homes after the shelling": people fleeing, not expelled.
                if (words.Is("expulsion", string.Join(' ', Enumerable.Range(i, n).Select(k => s.Lower[k])))
                    && !(i + n < s.Count && s.Lower[i + n] is "their" or "his" or "her" or "the"))
                    return (true, people);
        }
        return (false, null);
    }

    /// <summary>
    /// "said the attack had been planned by TTP commanders", "claimed the bombings were the work of Afghan nationals":
    /// the actor that what a statement reports makes the author of an act (an attribution phrase of the clause words
    /// right before it), when it is not the speaker.
    /// </summary>
    /// <returns>The author, and where the phrase naming it begins.</returns>
    public (ActorRef Author, int Phrase)? Attributed(SentenceView s, int verbEnd, ActorRef speaker)
    {
        for (int i = verbEnd + 1; i < s.Count - 1; i++)
        {
            if (s.Lower[i] is ";") return null;
            // "said Afghan nationals had taken part in the assault": the actor right before the words of authorship, of an
            // act after them.
            for (int n = Math.Min(4, s.Count - i - 1); n >= 1; n--)
            {
                if (!words.Is("authorship", string.Join(' ', Enumerable.Range(i, n).Select(k => s.Lower[k])))) continue;
                if (!Enumerable.Range(i + n, Math.Max(0, Math.Min(s.Count, i + n + 6) - i - n)).Any(k => words.Is("attributable", s.Lower[k]))) break;
                for (int k = i - 1; k > verbEnd && k >= i - 3; k--)
                    if (s.TargetAt(k) is { } doer)
                        return doer.Key == speaker.Key || (doer.Group is null && doer.Country == speaker.Country) ? null : (doer, i);
                break;
            }
            for (int n = Math.Min(3, s.Count - i - 1); n >= 2; n--)
            {
                // Quotation marks inside the phrase do not break it: enjoy "sanctuaries and safe havens" in Afghanistan.
                if (!words.Is("attribution", string.Join(' ', Enumerable.Range(i, n).Select(k => s.Lower[k]).Where(w => w is not ("\"" or "“" or "”"))))) continue;
                // Only an act or an armed group is planned, carried out or sheltered by someone: "the attack had been
                // planned by", "the bombings were the work of", "the TTP operates from" (not "the talks, organised by China").
                if (!Enumerable.Range(verbEnd + 1, i - verbEnd - 1).Any(k => words.Is("attributable", s.Lower[k]) || s.ActorAt(k) is { Group: not null, Role: "INS" or "REB" })) return null;
                // "planned by TTP commanders", "directed from Afghan soil", "the work of a faction of the TTP".
                for (int k = i + n; k < Math.Min(s.Count, i + n + 5); k++)
                    if (s.TargetAt(k) is { } author)
                        // The speaker's own state is no author; its country's armed group is ("Pakistan said ... planned by the TTP").
                        return author.Key == speaker.Key || (author.Group is null && author.Country == speaker.Country) ? null : (author, i);
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether the subject right before the modal at <paramref name="modal"/> is the speaker's side ("Pakistan would",
    /// "we will", "the state would": clause words `own-side` after "the" or "our").</summary>
    private bool SpeakersSide(SentenceView s, int modal, ActorRef speaker) =>
        modal > 0 && (s.Lower[modal - 1] is "we" or "it" or "they" || (s.ActorAt(modal - 1) is { } a && ActorSides.Same(a, speaker))
            || OwnSideNoun(s, modal - 1, 1) || OwnSideNoun(s, modal - 1, 2));

    /// <summary>
    /// "said Kabul must hand the perpetrators over", "told him the Afghan government should take concrete measures": the
    /// actor a statement's complement opens with, where a modal of obligation ("must", "should", "had to", "needs to")
    /// follows it and an act after that; not the speaker's own side, nor one that "should not blame" (a criticism) or
    /// "should be" anything.
    /// </summary>
    public ActorRef? Obliged(SentenceView s, int verbEnd, ActorRef speaker)
    {
        int start = ComplementStart(s, verbEnd) is { } c && s.Lower[c] == "that" ? c + 1 : verbEnd + 1;
        // ("told him the Afghan government must ...": past a pronoun spoken to.)
        if (start < s.Count && s.Lower[start] is "him" or "her" or "them" or "reporters" or "journalists") start++;
        if (start < s.Count && s.Lower[start] == "that") start++;
        for (int k = start; k < Math.Min(s.Count, start + 3); k++)
        {
            if (s.ActorAt(k) is not { } subject)
            {
                if (s.MentionAt[k] is not null || s.Lower[k] != "the") return null;
                continue;
            }
            int m = s.MentionEnd(k) + 1;
            while (m < s.Count && s.Lower[m] is "also" or "now" or "still" or "first") m++;
            if (m + 1 >= s.Count) return null;
            if (s.Lower[m] is "must" or "should") m++;
            else if (s.Lower[m] is "had" or "has" or "have" or "needs" or "needed" && s.Lower[m + 1] == "to") m += 2;
            else return null;
            if (m < s.Count && s.Lower[m] == "not") m++;
            if (m >= s.Count || !s.IsWord(m) || s.MentionAt[m] is not null || s.Lower[m] is "be" or "have" or "blame" or "accuse" or "look") return null;
            return ActorSides.Same(subject, speaker) ? null : subject;
        }
        return null;
    }

    /// <summary>
    /// "said the crossing would remain closed until Kabul gives guarantees", "said trade would resume only once the Afghan
    /// authorities took verifiable action": the actor a condition in what a statement says the speaker's side will do
    /// names (after "until", "unless" or "only" with "once", "if", "when" or "after"), not of the speaker's side; or null.
    /// </summary>
    public ActorRef? ConditionedOn(SentenceView s, int verbEnd, ActorRef speaker)
    {
        bool modal = false;
        for (int i = verbEnd + 1; i < s.Count && !ClosesQuote(s, i) && s.Lower[i] != ";"; i++)
        {
            if (s.Lower[i] is "would" or "will") { modal = true; continue; }
            if (!modal) continue;
            int from = s.Lower[i] is "until" or "unless" ? i + 1
                : s.Lower[i] == "only" && i + 1 < s.Count && s.Lower[i + 1] is "once" or "if" or "when" or "after" ? i + 2 : -1;
            if (from < 0) continue;
            for (int k = from; k < Math.Min(s.Count, from + 4); k++)
                if (s.ActorAt(k) is { } named) return ActorSides.Same(named, speaker) ? null : named;
            return null;
        }
        return null;
    }

    /// <summary>"anyone who crossed its borders", "attacks from across the border": whether what a statement says after
    /// <paramref name="verbEnd"/> names those who come over a border.</summary>
    public bool FromAcrossBorder(SentenceView s, int verbEnd)
    {
        for (int i = verbEnd + 1; i + 1 < s.Count && !ClosesQuote(s, i) && s.Lower[i] != ";"; i++)
            if (s.Lower[i] is "cross" or "crossed" or "crosses" or "crossing" or "across"
                && Enumerable.Range(i + 1, Math.Min(3, s.Count - i - 1)).Any(k => s.Lower[k] is "border" or "borders" or "frontier")) return true;
        return false;
    }

    /// <summary>"to anyone who ...", "to any aggression": whether what an answer is to, from <paramref name="at"/>, is an attack or its doers.</summary>
    private bool Provocation(SentenceView s, int at)
    {
        for (int i = at; i < Math.Min(s.Count, at + 3); i++)
        {
            if (words.Is("provocation", s.Lower[i])) return true;
            if (s.Lower[i] is not ("any" or "every" or "such" or "further" or "future" or "new" or "fresh" or "all" or "a" or "an" or "the" or "those")) return false;
        }
        return false;
    }

    /// <summary>The actor named in an "if" or "unless" clause between <paramref name="from"/> and <paramref name="end"/>, not of the speaker's side; or null.</summary>
    private ActorRef? ConditionNames(SentenceView s, int from, int end, ActorRef speaker)
    {
        for (int i = from; i < end; i++)
        {
            if (ClosesQuote(s, i) || s.Lower[i] is ";" or ".") return null;
            if (s.Lower[i] is not ("if" or "unless")) continue;
            for (int k = i + 1; k < Math.Min(end, i + 4); k++)
                if (s.ActorAt(k) is { } named && !ActorSides.Same(named, speaker)) return named;
            return null;
        }
        return null;
    }

    /// <summary>"the state would", "the armed forces will": a noun for the speaker's side at <paramref name="at"/>, its modal right after.</summary>
    private bool OwnSideBeforeModal(SentenceView s, int at) =>
        Enumerable.Range(1, 2).Any(n => at + n + 1 < s.Count && OwnSideNoun(s, at + n, n) && words.Is("modal", s.Lower[at + n + 1]));

    private bool OwnSideNoun(SentenceView s, int last, int length) =>
        last < s.Count && last - length >= 0 && s.MentionAt[last] is null && s.Lower[last - length] is "the" or "our"
        && words.Is("own-side", string.Join(' ', Enumerable.Range(last - length + 1, length).Select(k => s.Lower[k])));

    /// <summary>"thanked Qatar and Türkiye": the actor coordinated right after the verb's object <paramref name="first"/>, or null.</summary>
    public ActorRef? CoordinatedObject(SentenceView s, int verbEnd, ActorRef first)
    {
        for (int i = verbEnd + 1; i < Math.Min(s.Count, verbEnd + ObjectWindow); i++)
        {
            if (s.TargetAt(i) is not { } a || a.Key != first.Key) continue;
            // "dialogue between India and China" names a pair, not two objects.
            if (i > 0 && s.Lower[i - 1] == "between" || i > 1 && s.Lower[i - 1] == "the" && s.Lower[i - 2] == "between") return null;
            int j = s.MentionEnd(i) + 1;
            if (j >= s.Count || s.Lower[j] is not ("and" or "&")) return null;
            int k = j + 1;
            if (k < s.Count && s.Lower[k] == "the") k++;
            if (k >= s.Count || s.TargetAt(k) is not { } second || second.Key == first.Key) return null;
            // "thanked China and the US pledged more aid": a verb after the second name makes it a new clause's subject.
            int after = s.MentionEnd(k) + 1;
            return after < s.Count && s.IsWord(after) && s.MentionAt[after] is null && s.Lower[after].EndsWith("ed") ? null : second;
        }
        return null;
    }

    /// <summary>The first actor after the trigger in its clause, not the same as <paramref name="exclude"/>.</summary>
    public ActorRef? Object(SentenceView s, int after, string? exclude, int? until = null, bool direct = false)
    {
        for (int i = after + 1; i < Math.Min(until ?? s.Count, Math.Min(s.Count, after + ObjectWindow)); i++)
        {
            if (direct && s.MentionAt[i] is null && words.Is("preposition", s.Lower[i])) return null;
            if (s.MentionAt[i] is null && (words.Is("boundary", s.Lower[i]) || s.Lower[i] is ";" or ":" || OpensTimeClause(s, i))) return null;
            // ", and prompting ...", ", targeting ...": a new clause begins.
            if (s.Lower[i] == "," && i + 1 < s.Count && (s.Lower[i + 1] == "and" || s.Lower[i + 1].EndsWith("ing"))) return null;
            // "was launching attacks from across the border and called on the Afghan government": a verb in the past after
            // "and" opens a clause of the subject's own (not right after the trigger: "attacked and killed soldiers").
            if (i > after + 1 && s.Lower[i] == "and" && i + 1 < s.Count && s.MentionAt[i + 1] is null && s.IsWord(i + 1) && lemmatizer.IsPastForm(s.Lower[i + 1])
                && !(i + 2 < s.Count && s.MentionAt[i + 2] is not null)) return null;
            // '..., Qatar's foreign ministry said.': who reports the clause is not its object, unless the clause names the
            // speaker's own ('"Taliban forces attacked our border posts," said Iran's foreign ministry').
            if (s.Lower[i] == "," && s.MentionAt[i] is null && TrailingReport(s, i))
                return Enumerable.Range(after + 1, i - after - 1).Any(k => s.Lower[k] == "our" || s.Tokens[k].Text == "us")
                    ? Enumerable.Range(i + 1, Math.Min(s.Count, i + 8) - i - 1).Select(k => s.ActorAt(k)).FirstOrDefault(a => a is not null && a.Key != exclude)
                    : null;
            // "meeting in Istanbul under Turkish and Qatari mediation": who acts under another's auspices is not whom the act
            // is done to; "on the frontier between Afghanistan's Nimroz province and ...": a state qualifying a place is that place.
            if (s.TargetAt(i) is not null && (UnderAuspices(s, i) || (s.IsPossessive(s.MentionEnd(i)) && s.MentionEnd(i) + 1 < s.Count && s.PlaceAt(s.MentionEnd(i) + 1) is not null)))
            {
                i = s.MentionEnd(i);
                continue;
            }
            // ("ordered holders of Afghan Citizen Cards to leave": a state's adjective in another name is no actor; after
            // "holders of", the card's holders are that state's people.)
            if (s.StateAt(i) is { } state && s.MentionStart(i) == i && s.MentionEnd(i) == i && s.Lower[i] is var adjective
                && (adjective.EndsWith("an") || adjective.EndsWith('i') || adjective.EndsWith("ese"))
                && i + 1 < s.Count && s.MentionAt[i + 1] is null && s.IsWord(i + 1) && char.IsUpper(s.Tokens[i + 1].Text[0]))
            {
                if (i > 1 && s.Lower[i - 1] == "of" && s.Lower[i - 2] == "holders") return new ActorRef(state.Country, null, "REF", s.Tokens[i].Text);
                continue;
            }
            if (s.TargetAt(i) is { } a && a.Key != exclude) return a;
            // "the Taliban seized Kabul": the subject's own capital, named as its metonym, is the country it stands in;
            // no actor further on is the object.
            if (s.TargetAt(i) is { } self && self.Key == exclude && s.MentionAt[i] is { } named && named.RuleId.Contains("metonym", StringComparison.Ordinal))
                return self.Country is { Length: 3 } land && land != exclude ? new ActorRef(land, null, null, named.Span.Of(s.Document.Text)) : null;
            // "the Taliban seized Kabul": an actor's own capital taken as a place is the country it stands in.
            if (s.MentionAt[i] is { Kind: MentionKind.Place, Actor: { } own } place && own.Key == exclude
                && s.PlaceOf(place)?.Country is { Length: 3 } country && country != exclude)
                return new ActorRef(country, null, null, place.Span.Of(s.Document.Text));
            if (s.MentionAt[i] is not null) i = s.MentionEnd(i);
        }
        return null;
    }

    /// <summary>"conveyed its concerns about the groups to the interim government in Kabul": the actor right after the first
    /// "to" or "with" in the verb's clause (past its determiners), or null.</summary>
    public ActorRef? AddresseeAfter(SentenceView s, int after, string? exclude)
    {
        // "handed the Taliban delegation specific information": an actor right after the verb, owning nothing, is its
        // indirect object.
        int first = FirstObjectWord(s, after);
        if (first < s.Count && s.TargetAt(first) is { } indirect && indirect.Key != exclude && !s.IsPossessive(s.MentionEnd(first))) return indirect;
        for (int i = after + 1; i < Math.Min(s.Count, after + ObjectWindow); i++)
        {
            if (s.MentionAt[i] is null && (words.Is("boundary", s.Lower[i]) || s.Lower[i] is ";" or ":")) return null;
            if (s.MentionAt[i] is not null) { i = s.MentionEnd(i); continue; }
            // ("concerns over attempts to destabilise the region to the envoy": an infinitive's "to" addresses no one.)
            if (s.Lower[i] is not ("to" or "with") || IsInfinitiveTo(s, i)) continue;
            int k = i + 1;
            while (k < s.Count && s.MentionAt[k] is null && words.Is("determiner", s.Lower[k])) k++;
            return k < s.Count && s.TargetAt(k) is { } a && a.Key != exclude ? a : null;
        }
        return null;
    }

    /// <summary>The first word of what follows a verb ending at <paramref name="verbEnd"/>, past its article ("criticised
    /// the federal government", "handed the Taliban delegation ...").</summary>
    public static int FirstObjectWord(SentenceView s, int verbEnd) =>
        verbEnd + 1 < s.Count && s.MentionAt[verbEnd + 1] is null && s.Lower[verbEnd + 1] == "the" ? verbEnd + 2 : verbEnd + 1;

    /// <summary>Whether the mention at <paramref name="i"/> names a sponsor after "under" ("under Turkish and Qatari
    /// mediation", "under the auspices of China"), not what something moves under ("goods imported under Afghan transit").</summary>
    private bool UnderAuspices(SentenceView s, int i)
    {
        int p = s.MentionStart(i) - 1;
        while (p >= 0 && (s.Lower[p] is "the" or "and" or "," or "of" || s.MentionAt[p] is not null)) p--;
        if (p >= 0 && s.Lower[p] is "auspices" or "aegis" or "chairmanship") return true;
        // ("with the mediation of Qatar and Turkey": the sponsor after a noun of sponsorship.)
        if (p > 0 && words.Is("auspices", s.Lower[p]) && s.Lower[p + 1] == "of") return true;
        int n = s.MentionEnd(i) + 1;
        while (n < s.Count && (s.Lower[n] is "and" or "," || s.MentionAt[n] is not null)) n++;
        // ("with Qatar and Turkey mediating": the sponsors of an absolute clause.)
        if (p >= 0 && s.Lower[p] == "with" && n < s.Count && s.Lower[n].EndsWith("ing") && words.Is("auspices", s.Lower[n][..^3] + "ion")) return true;
        // (The noun after the sponsor says it is one: clause words `auspices`.)
        if (p < 0 || s.Lower[p] != "under") return false;
        return n < s.Count && words.Is("auspices", s.Lower[n]);
    }

    /// <summary>'..., Qatar's foreign ministry said.', '..., the ministry said in a statement': after the comma at
    /// <paramref name="comma"/>, a short subject and a verb of saying that end the sentence's last clause.</summary>
    private bool TrailingReport(SentenceView s, int comma)
    {
        for (int k = comma + 1; k < Math.Min(s.Count, comma + 8); k++)
        {
            if (words.Is("saying", s.Lower[k]))
                return !s.Lower.Skip(k + 1).Any(w => w is "that" or ";");
            // (A closing quotation mark may stand first: '"... our border posts," said Iran's foreign ministry'.)
            if (!s.IsWord(k) && s.Lower[k] is not ("'s" or "’s" or "'" or "’" or "\"" or "”")) return false;
        }
        return false;
    }

    /// <summary>"the government and the TTP agreed": a government named by a common noun coordinated with the subject
    /// before the verb at <paramref name="verb"/>.</summary>
    public bool GovernmentBeside(SentenceView s, int verb)
    {
        for (int i = verb - 1; i > Math.Max(0, verb - 8); i--)
            if (s.Lower[i] == "and" && s.Lower[i - 1] is "government" or "state" or "authorities" && s.MentionAt[i - 1] is null)
                return true;
            else if (words.Is("boundary", s.Lower[i]) || s.Lower[i] is "," or ";") return false;
        return false;
    }

    /// <summary>"which began in November", "that erupted on Sunday": a verb telling when an act began or took place.</summary>
    public bool TellsOnset(string word) => words.Is("onset", word);

    /// <summary>
    /// "since the Taliban seized power in Kabul", "after Pakistani jets struck": "since", "after", "before" or "until"
    /// with an actor right after it opens a clause of another act; its actors and places are not the main verb's.
    /// </summary>
    public static bool OpensTimeClause(SentenceView s, int i) =>
        s.Lower[i] is "since" or "after" or "before" or "until" && s.MentionAt[i] is null
        && (Enumerable.Range(i + 1, Math.Max(0, Math.Min(3, s.Count - i - 1))).Any(k => s.ActorAt(k) is not null)
            // ("two days after seven soldiers were killed in Mir Ali", "hours after the blast": a span of time counted from
            // another act.)
            || (s.Lower[i] is "after" or "before" && i > 0 && s.Lower[i - 1] is "hours" or "days" or "day" or "weeks" or "week" or "months" or "month"));

    // How many words after the verb the actor after "against" may stand.
    private const int AgainstReach = 10;

    /// <summary>"demanded action against the TTP", "urged steps against militants", "asked for the release of Afghan
    /// nationals", "demanded safe passage to Afghanistan": the verb's first actor after it stands after "against", or after
    /// "of", "to" or "into" following what is asked to be done to it or for whom (clause words `asked-for`): the demand is
    /// aimed at it or names where to go, not whom it is addressed to.</summary>
    public bool ObjectAfterAgainst(SentenceView s, int verbEnd, ActorRef target)
    {
        // (Quotation marks take no room: asked for "concrete and verifiable" action against the TTP.)
        for (int i = verbEnd + 1, room = AgainstReach; i < s.Count && room > 0; i++, room -= s.Lower[i - 1] is "\"" or "“" or "”" ? 0 : 1)
            if (s.ActorAt(i) is { } a)
            {
                int before = s.MentionStart(i) - 1;
                if (before > 0 && s.Lower[before] == "the") before--;
                return a.Key == target.Key && before >= 0
                    && (s.Lower[before] == "against" || (s.Lower[before] is "of" or "to" or "into" && before > 0 && words.Is("asked-for", s.Lower[before - 1])));
            }
        return false;
    }

    /// <summary>The agents of a passive verb: "by X" shortly after it, with any actors coordinated with X ("by Turkey and Qatar").</summary>
    public List<ActorRef> Agents(SentenceView s, int after)
    {
        for (int i = after + 1; i < Math.Min(s.Count, after + 6); i++)
        {
            if (s.Lower[i] != "by") continue;
            for (int j = i + 1; j < Math.Min(s.Count, i + 5); j++)
            {
                if (s.ActorAt(j) is null) continue;
                int last = s.MentionEnd(j);
                while (last + 2 < s.Count && s.Lower[last + 1] is "and" or "," && s.ActorAt(last + 2) is not null)
                {
                    // "After a meeting hosted by China, Pakistan and Afghanistan agreed ...": names after a comma that a
                    // verb follows are the next clause's subject, not more agents.
                    if (s.Lower[last + 1] == "," && SubjectOfNextVerb(s, last + 2)) break;
                    last = s.MentionEnd(last + 2);
                }
                return Group(s, last, j).Group;
            }
            return [];
        }
        return [];
    }

    /// <summary>Whether the names from <paramref name="from"/> on, with their coordination, titles and appositions ("Khawaja
    /// Asif and his Afghan counterpart, Mullah Mohammad Yaqoob,"), are followed by a verb: a clause's subject.</summary>
    private bool SubjectOfNextVerb(SentenceView s, int from)
    {
        for (int k = from; k < Math.Min(s.Count, from + 16); k++)
        {
            if (s.MentionAt[k] is not null) { k = s.MentionEnd(k); continue; }
            if (s.Lower[k] is "and" or "," or "his" or "her" or "its" or "their" or "the" or "counterpart" or "counterparts"
                || (s.IsWord(k) && char.IsUpper(s.Tokens[k].Text[0]))) continue;
            return IsVerbAfterSubject(s, k);
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="i"/> reads as a verb following a subject ("agreed", "have agreed", "will meet").</summary>
    private bool IsVerbAfterSubject(SentenceView s, int i) =>
        s.IsWord(i) && char.IsLower(s.Tokens[i].Text[0]) && (s.Lower[i] is "have" or "has" or "had" or "will" or "would" or "were" or "was" or "are" or "is"
            || lemmatizer.LooksLikeParticiple(s.Lower[i]) || lemmatizer.IsIrregularPast(s.Lower[i]));

    private static readonly HashSet<string> PairNouns = ["sides", "countries", "governments", "neighbours", "neighbors", "capitals", "parties", "delegations", "forces", "armies", "militaries", "ministers", "leaders"];

    /// <summary>Nouns that name two states ("the two countries", "both governments", "the two defence ministers"), never a
    /// state and the insurgents it fights.</summary>
    private static readonly HashSet<string> StatePairNouns = ["countries", "governments", "neighbours", "neighbors", "capitals", "armies", "militaries", "ministers", "leaders"];

    public static bool NamesStates(string pairNoun) => StatePairNouns.Contains(pairNoun);

    /// <summary>"deported from Pakistan": the actor right after a "from" following the verb, or null.</summary>
    public ActorRef? FromActor(SentenceView s, int verbEnd)
    {
        for (int i = verbEnd + 1; i + 1 < Math.Min(s.Count, verbEnd + 4); i++)
            if (s.Lower[i] == "from") return s.ActorAt(i + 1) ?? (i + 2 < s.Count && s.Lower[i + 1] == "the" ? s.ActorAt(i + 2) : null);
        return null;
    }

    /// <summary>"both sides agreed", "the two countries clashed": a subject naming the pair last seen acting on each other;
    /// the noun that names it ("sides", "countries"), or null.</summary>
    /// <param name="possessed">What the pair's noun owns, where it names their forces ("the two countries' forces"), or null.</param>
    public string? PairBefore(SentenceView s, int verb, out string? possessed)
    {
        possessed = null;
        int clause = ClauseStart(s, verb);
        // "China, which has ties with both governments, has offered": the pair is inside the relative clause.
        if (AfterRelativeClause(s, clause, verb)) return null;
        for (int i = verb - 1; i > clause; i--)
        {
            // "along the border between the two countries": the object of a preposition is no subject.
            // "said the parties had agreed", "the delegations met": "the parties", "the sides" alone name the pair too.
            // ("the two defence ministers": one modifier may stand between.)
            // (Not "two opposition leaders", "the two Pakistani ministers": the modifier is no name, and "two" is "the two".)
            int numeral = i > 1 && s.Lower[i] is "ministers" or "leaders" && s.IsWord(i - 1) && s.MentionAt[i - 1] is null && s.Lower[i - 2] is "both" or "two" ? i - 2 : i - 1;
            bool counted = s.Lower[numeral] == "both" || (s.Lower[numeral] == "two" && numeral > 0 && s.Lower[numeral - 1] == "the");
            if (PairNouns.Contains(s.Lower[i]) && (counted || (s.Lower[i - 1] == "the" && s.Lower[i] is "sides" or "delegations" or "parties" or "neighbours" or "neighbors")))
            {
                int p = numeral - 1;
                if (p >= 0 && s.Lower[p] == "the") p--;
                // ("commanders from the two sides", "with both sides accusing": those still name who acts).
                // ("security forces of the two countries" do name them.)
                if (p >= 0 && s.Lower[p] is "between" or "across" or "along" or "in" or "at" or "against" or "of"
                    && !(s.Lower[p] == "of" && p > 0 && words.Is("representatives", s.Lower[p - 1]))) continue;
                // ("the two countries' forces", "both sides' border guards", "border forces of the two countries": their forces.)
                for (int k = i + 1; k < Math.Min(verb, i + 4); k++)
                    if (s.Lower[k] is "forces" or "troops" or "guards" or "armies" or "militaries") possessed = "forces";
                if (p > 0 && s.Lower[p] == "of" && s.Lower[p - 1] is "forces" or "troops" or "guards" or "armies" or "militaries") possessed = "forces";
                return s.Lower[i];
            }
            // An actor nearer the verb is its subject ("the Afghan side halted work, and the two sides agreed" is read from the verb back).
            if (s.ActorAt(i) is not null) return null;
        }
        return null;
    }

    /// <summary>"urged both sides to show restraint": an object naming the pair.</summary>
    public bool PairAfter(SentenceView s, int verbEnd)
    {
        // "urged both to avoid ...": "both" alone as the object.
        if (verbEnd + 2 < s.Count && s.Lower[verbEnd + 1] == "both" && s.Lower[verbEnd + 2] is "to" or "sides" or ",") return true;
        for (int i = verbEnd + 1; i < Math.Min(s.Count, verbEnd + 6); i++)
        {
            if (PairNouns.Contains(s.Lower[i]) && s.Lower[i - 1] is "both" or "two") return true;
            // "offered to mediate between the neighbours".
            if (PairNouns.Contains(s.Lower[i]) && i > 1 && s.Lower[i - 1] == "the" && s.Lower[i - 2] == "between") return true;
            if (s.ActorAt(i) is not null || words.Is("boundary", s.Lower[i])) return false;
        }
        return false;
    }


    /// <summary>The token of a light verb shortly before an event noun ("held a rally of their own"), or null.</summary>
    public int? LightVerbBefore(SentenceView s, int noun)
    {
        for (int i = noun - 1; i >= Math.Max(0, noun - 3); i--)
        {
            if (words.Is("light", s.Lower[i])) return i;
            if (s.MentionAt[i] is not null || !s.IsWord(i)) return null;
        }
        return null;
    }

    /// <summary>"rebel groups fighting against the Soviets": an -ing verb right after a noun, whose subject that noun is.</summary>
    public bool IsReducedRelative(SentenceView s, Trigger t) =>
        t.Pattern.Kind == PatternKind.Verb && s.Lower[t.Start].EndsWith("ing") && t.Start > 0 && s.IsWord(t.Start - 1)
        && s.MentionAt[t.Start - 1] is null && !words.Is("passive", s.Lower[t.Start - 1]) && !words.Is("preposition", s.Lower[t.Start - 1])
        && s.Lower[t.Start - 1] is not ("and" or "or" or "of" or "by");

    /// <summary>The nearest actor before a token, wherever it stands.</summary>
    public ActorRef? NearestBefore(SentenceView s, int before)
    {
        for (int i = before - 1; i >= 0; i--)
            if (s.ActorAt(i) is { } a) return a;
        return null;
    }

    /// <summary>"its insurgency", "their continued attacks": a possessive pronoun before an event noun (modifiers may stand between).</summary>
    public int? PossessivePronounBefore(SentenceView s, int noun)
    {
        for (int i = noun - 1; i >= Math.Max(0, noun - 3); i--)
        {
            if (s.Lower[i] is "its" or "their") return i;
            if (s.MentionAt[i] is not null || !s.IsWord(i) || words.Is("preposition", s.Lower[i])) return null;
        }
        return null;
    }

    /// <summary>", targeting mainly Afghan migrants": the actor a targeting participle later in the sentence names.</summary>
    public ActorRef? TargetingPhrase(SentenceView s, int after, string exclude)
    {
        for (int i = after + 1; i + 1 < s.Count; i++)
        {
            if (s.Lower[i] is ";" or ".") return null;
            if (s.Lower[i] == "," && words.Is("targeting", s.Lower[i + 1])) return Object(s, i + 1, exclude);
        }
        return null;
    }

    /// <summary>Whether the verb's object is a pronoun ("providing it with", "helped them").</summary>
    public bool HasPronounObject(SentenceView s, int verbEnd) =>
        verbEnd + 1 < s.Count && s.Lower[verbEnd + 1] is "it" or "them" or "him" or "her";

    /// <summary>"..., providing it with support": an -ing verb opening a clause after a comma.</summary>
    public bool IsParticipleClause(SentenceView s, Trigger t) =>
        t.Pattern.Kind == PatternKind.Verb && s.Lower[t.Start].EndsWith("ing") && t.Start > 0 && s.Lower[t.Start - 1] is "," or "and";

    /// <summary>"..., which killed": a relative pronoun right before the verb.</summary>
    public bool IsRelativeClause(SentenceView s, int before)
    {
        // Only a non-restrictive clause (", which killed") continues the main clause's story; "strikes that kill
        // civilians" describes a kind of act. "which had brokered": an auxiliary may stand between.
        int p = before - 1;
        if (p > 0 && s.Lower[p] is "had" or "has" or "have" or "was" or "were" or "is" or "are") p--;
        return p > 0 && s.Lower[p] is "which" or "who" && s.Lower[p - 1] == ",";
    }

    /// <summary>
    /// "a bomber who police say belonged to ISKP", "hideouts which officials said were in Khost": a reporting verb
    /// inside a relative clause vouches for a detail; it reports no statement of its own.
    /// </summary>
    public static bool IsParentheticalReport(SentenceView s, int verb)
    {
        for (int k = verb - 1; k >= Math.Max(0, verb - 3); k--)
            if (s.Lower[k] is "who" or "which" or "whom" or "what") return k < verb - 1;
        return false;
    }

    /// <summary>
    /// "the strikes had targeted TTP hideouts", "the blast killed 12": the token that ends the verb's subject, when it
    /// stands right before the verb (auxiliaries and adverbs between), else null; the caller asks whether an act ends there.
    /// </summary>
    public static int? SubjectEndBefore(SentenceView s, int verb)
    {
        int p = verb - 1;
        for (int skipped = 0; p >= 0 && skipped < 3 && s.MentionAt[p] is null
            && (s.Lower[p].EndsWith("ly") || s.Lower[p] is "had" or "has" or "have" or "also" or "reportedly" or "allegedly"); skipped++) p--;
        return p >= 0 && s.IsWord(p) ? p : null;
    }

    /// <summary>"... and asked", "..., and then warned", "and has since stepped up": a verb right after "and" (adverbs and
    /// auxiliaries may stand between).</summary>
    public bool IsCoordinatedVerb(SentenceView s, int verb)
    {
        // Auxiliaries and adverbs may stand between: "and has since stepped up", "and then quickly sealed".
        int p = verb - 1;
        for (int skipped = 0; p >= 0 && skipped < 3 && s.MentionAt[p] is null
            && (s.Lower[p].EndsWith("ly") || s.Lower[p] is "then" or "later" or "also" or "subsequently" or "since" or "again" or "still" or "has" or "have" or "had"); skipped++) p--;
        return p >= 0 && s.Lower[p] is "and" or "but" or "or";
    }

    /// <summary>Whether the clause of a verb opens with "and", "but" or "yet": its subject is the sentence's own.</summary>
    public bool OpensWithConjunction(SentenceView s, int verb)
    {
        int clause = ClauseStart(s, verb);
        return clause > 0 && s.Lower[clause - 1] is "but" or "yet" or "and";
    }

    /// <summary>Whether the pronoun subject before the verb opens what the sentence's speaker said ("Police in Quetta said
    /// they had detained ...", "the ministry said that it had ...").</summary>
    public bool OpensReportedSpeech(SentenceView s, int verb)
    {
        if (PronounSubject(s, verb) is not { } pronoun || s.Lower[pronoun] is "both" or "the latter" or "the former") return false;
        int p = pronoun - 1;
        if (p >= 0 && s.Lower[p] == "that") p--;
        return p > 0 && words.Is("saying", s.Lower[p]) && s.Lower[p] != "told";
    }

    /// <summary>The token of a "he" or "she" subject shortly before the verb, or null.</summary>
    public int? PersonalPronounSubject(SentenceView s, int before) =>
        PronounSubject(s, before) is { } i && s.Lower[i] is "he" or "she" ? i : null;

    /// <summary>The actor of the last person named before a token, or null when that person speaks for no actor.</summary>
    public ActorRef? LastPersonBefore(SentenceView s, int token)
    {
        int offset = s.Tokens[token].Span.Start;
        var person = s.Document.Mentions.Where(m => m.Kind == MentionKind.Person && m.Span.End <= offset).MaxBy(m => m.Span.Start);
        // ("Iran's foreign minister flew to Kabul. He held talks ...": one person named by office as a subject, in the
        // sentences just before, after any person named.)
        var titled = s.Document.Mentions.Where(m => m.Kind == MentionKind.Actor && m.Actor is not null && m.Span.End <= offset
                // ("Iran's foreign minister met Muttaqi. He asked ...": the office opening the sentence of the person named
                // last is its subject, and the one "he" stands for.)
                && m.Sentence >= s.Sentence.Index - PronounReach && (person is null || m.Span.Start > person.Span.End || m.Sentence == person.Sentence) && NamesOnePerson(s.Document.Text, m.Span)
                // (Only one that opens its sentence's names, its subject: "Muttaqi met Iran's foreign minister. He ..." is Muttaqi.)
                && !s.Document.Mentions.Any(o => o.Sentence == m.Sentence && o.Span.Start < m.Span.Start && o.Kind != MentionKind.Place))
            .MaxBy(m => m.Span.Start);
        return (titled ?? person)?.Actor;
    }

    /// <summary>
    /// "But the spokesman rejected ...", "the minister also dismissed ...": the token of a person's title that, after "the"
    /// (and at most one modifier: "the foreign minister"), opens the clause of the verb as its subject; or null.
    /// </summary>
    public int? TitleSubject(SentenceView s, int verb)
    {
        int p = verb - 1;
        while (p > 0 && s.MentionAt[p] is null && (s.Lower[p] is "also" or "then" or "later" or "had" or "has" or "have" or "again" or "reportedly"
            || (s.Lower[p].EndsWith("ly") && s.Lower[p].Length > 4))) p--;
        if (p < 1 || s.MentionAt[p] is not null || !words.Is("person-title", s.Lower[p])) return null;
        int the = s.Lower[p - 1] == "the" ? p - 1
            : p > 1 && s.Lower[p - 2] == "the" && s.IsWord(p - 1) && s.MentionAt[p - 1] is null && char.IsLower(s.Tokens[p - 1].Text[0]) ? p - 2 : -1;
        if (the < 0) return null;
        return the == 0 || s.Lower[the - 1] is "," or "but" or "and" or "that" or "\"" or "“" ? p : null;
    }

    /// <summary>
    /// The actor of the person a title refers back to ("Zabihullah Mujahid, the Taliban spokesman, ... the spokesman"):
    /// the last one named in the sentences just before whose own words around the name hold that title; or null.
    /// </summary>
    public ActorRef? TitledPersonBefore(SentenceView s, int title)
    {
        int offset = s.Tokens[title].Span.Start;
        var text = s.Document.Text;
        var word = new System.Text.RegularExpressions.Regex($@"\b{System.Text.RegularExpressions.Regex.Escape(s.Lower[title])}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        foreach (var m in s.Document.Mentions.Where(m => m.Kind == MentionKind.Person && m.Span.End <= offset && m.Sentence >= s.Sentence.Index - TitleReach)
            .OrderByDescending(m => m.Span.Start))
        {
            // The words naming the person's office: those just before the name and an apposition after it.
            int from = Math.Max(0, m.Span.Start - TitleContext), to = Math.Min(Math.Min(text.Length, offset), m.Span.End + TitleContext);
            if (word.IsMatch(text[from..to])) return m.Actor;
        }
        return null;
    }

    /// <summary>How many sentences back a title may refer to a person named with it.</summary>
    private const int TitleReach = 3;

    /// <summary>How many characters either side of a person's name may hold the title of the office.</summary>
    private const int TitleContext = 40;

    /// <summary>How many sentences back a "he" may refer to a person named only by office.</summary>
    private const int PronounReach = 2;

    /// <summary>Whether a mention ends on a singular title ("Iran's foreign minister").</summary>
    private bool NamesOnePerson(string text, TextSpan span)
    {
        var last = text[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is not null && words.Is("person-title", last.Trim('’', '\'', ',', '.'));
    }

    public bool IsPronounSubject(SentenceView s, int before) => PronounSubject(s, before) is not null;

    /// <summary>The token of a pronoun subject shortly before the verb ("it", "they", "he", "both"), or null.</summary>
    private int? PronounSubject(SentenceView s, int before)
    {
        for (int i = before - 1; i >= Math.Max(0, before - 4); i--)
        {
            if (words.Is("pronoun", s.Lower[i])) return i;
            if (!s.IsWord(i) || s.MentionAt[i] is not null || words.Is("preposition", s.Lower[i])) return null;
        }
        return null;
    }
}
