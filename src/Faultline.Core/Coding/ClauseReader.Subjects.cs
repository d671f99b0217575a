using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>Who acts in a clause: subjects, their coordination, and the fallbacks when none stands in it.</summary>
internal sealed partial class ClauseReader
{
    /// <summary>
    /// The subjects of a verb: the nearest group of actors to the left in its clause that is not the object of a
    /// preposition or a possessive, with every actor coordinated in it ("Pakistan, along with Saudi Arabia and the UAE,").
    /// </summary>
    public List<ActorRef> Subjects(SentenceView s, int before)
    {
        int clause = ClauseStart(s, before);
        // "China, which hosted Pakistani and Afghan ministers in May, called on ...": the verb right after the comma that
        // closes the relative clause is the outer clause's; the relative clause's object is no subject of it.
        if (AfterRelativeClause(s, clause, before) && CommaRightBefore(s, before)) return Subjects(s, clause - 2);
        for (int i = before - 1; i >= clause; i--)
        {
            if (s.ActorAt(i) is null) continue;
            var (group, first) = Group(s, i, clause);
            // "After talks hosted by China, Pakistan and Afghanistan agreed", "According to the Chinese foreign ministry,
            // Pakistan and Afghanistan agreed": names a verb follows, after the comma that closes a fronted phrase, are its
            // subject; the one before the comma is the phrase's object. (Not after a word that opens a clause: "after
            // Pakistan, Iran and Afghanistan signed" is one list, that clause's subject.)
            if (group.Count > 1 && AfterPreposition(s, first) && !AfterSubordinator(s, first) && VerbFollows(s, s.MentionEnd(i), before)
                && Enumerable.Range(first, i - first).FirstOrDefault(k => s.Lower[k] == "," && s.MentionAt[k] is null && !Apposition(s, k), -1) is > 0 and var comma)
                (group, first) = Group(s, i, comma + 1);
            if (s.IsPossessive(s.MentionEnd(i)) || (AfterPreposition(s, first) && !OpensSubordinateClause(s, first, s.MentionEnd(i), before) && !RepresentativeOf(s, first, clause)
                && !QuantityOfSubject(s, first, clause)))
            {
                i = first;
                continue;
            }
            return group;
        }
        // "Imran Khan, who was then prime minister, felicitated ...": past a relative clause set off by commas, the verb is the outer clause's.
        return AfterRelativeClause(s, clause, before) ? Subjects(s, clause - 2) : [];
    }

    /// <summary>
    /// "A commander of the Jamaat-ul-Ahrar faction claimed", "a spokesman for the Taliban said": the actor after "of" or
    /// "for" that follows one who acts for it, opening the clause, is the subject.
    /// </summary>
    private bool RepresentativeOf(SentenceView s, int first, int clause)
    {
        int p = first - 1;
        while (p >= clause && s.Lower[p] is "the") p--;
        if (p < clause + 1 || s.Lower[p] is not ("of" or "for")) return false;
        // ("A spokesman for the defence ministry of the Taliban administration said": a ministry or office of the actor
        // may stand between its representative and the actor.)
        if (s.Lower[p] == "of" && s.Lower[p - 1] is "ministry" or "office" or "department" or "directorate" or "wing" or "division")
        {
            int q = p - 2;
            while (q > clause && s.IsWord(q) && s.MentionAt[q] is null && s.Lower[q] is not ("for" or "of") && p - q <= 4) q--;
            if (q > clause && s.Lower[q] is "for" or "of") p = q;
        }
        var noun = s.Lower[p - 1];
        if (!(words.Is("representatives", noun) || words.Is("representatives", noun + "s") || words.Is("representatives", noun.Replace("man", "men"))))
            return false;
        int d = p - 2;
        while (d >= clause && s.Lower[d] is "a" or "an" or "the" or "one" or "senior" or "local" or "two" or "three" or "several") d--;
        return d < clause;
    }

    /// <summary>"Hundreds of Pakistani Taliban fighters crossed ...", "said dozens of Afghan soldiers had been killed": a
    /// quantity (clause words `quantity`, or a number) and "of" before the mention, the quantity opening the clause or what
    /// was said (not an object: "police detained hundreds of Afghans"): those counted are the subject.</summary>
    private bool QuantityOfSubject(SentenceView s, int first, int clause)
    {
        int p = first - 1;
        if (p >= clause && s.Lower[p] == "the") p--;
        // (Only of fighters, forces or officials: a people counted, "thousands of Afghans", is what happens to them more
        // often than an actor to follow through the story.)
        if (p < clause + 1 || s.Lower[p] != "of" || s.MentionAt[p - 1] is not null || s.ActorAt(first) is not { Role: "INS" or "REB" or "MIL" or "COP" or "GOV" }) return false;
        var quantity = s.Lower[p - 1];
        if (!words.Is("quantity", quantity) && !quantity.All(c => char.IsDigit(c) || c == ',')) return false;
        int q = p - 2;
        while (q >= clause && s.Lower[q] is "the" or "a") q--;
        return q < clause || s.Lower[q] == "that" || words.Is("saying", s.Lower[q]);
    }

    /// <summary>Whether the verb follows a relative clause set off by commas that opens its clause ("X, which ..., VERB").</summary>
    public bool AfterRelativeClause(SentenceView s, int clause, int verb)
    {
        if (clause < 2 || s.Lower[clause - 1] is not ("who" or "which") || s.Lower[clause - 2] != ",") return false;
        // ("strikes, which shook Kabul hours after the Taliban's foreign minister, Amir Khan Muttaqi, arrived": the commas
        // around an apposition close no clause.)
        bool closesApposition = false;
        for (int c = clause; c < verb; c++)
        {
            if (s.Lower[c] != "," || s.MentionAt[c] is not null) continue;
            if (Apposition(s, c)) closesApposition = true;
            else if (closesApposition) closesApposition = false;
            else return true;
        }
        return false;
    }

    /// <summary>
    /// "fighters, who had massed in Kunar, stormed two posts": where the verb follows a relative clause set off by
    /// commas, the comma that opens it (the subject stands right before); else null.
    /// </summary>
    public int? RelativeClauseOpening(SentenceView s, int verb)
    {
        int clause = ClauseStart(s, verb);
        return AfterRelativeClause(s, clause, verb) && CommaRightBefore(s, verb) ? clause - 2 : null;
    }

    private static bool CommaRightBefore(SentenceView s, int verb)
    {
        int k = verb - 1;
        while (k >= 0 && (s.Lower[k] is "also" or "then" or "later" or "has" or "had" or "have" or "was" or "were" || (s.Lower[k].EndsWith("ly") && s.MentionAt[k] is null))) k--;
        return k >= 0 && s.Lower[k] == "," && s.MentionAt[k] is null;
    }

    /// <summary>Whether the mention starting at <paramref name="start"/> follows a word that may open a clause ("after").</summary>
    private bool AfterSubordinator(SentenceView s, int start)
    {
        int p = start - 1;
        while (p >= 0 && s.Lower[p] is "the" or "a" or "an") p--;
        return p >= 0 && words.Is("subordinator", s.Lower[p]);
    }

    /// <summary>Whether the comma at <paramref name="comma"/> opens an apposition: the names either side of it are one actor
    /// ("China's foreign minister, Wang Yi").</summary>
    private static bool Apposition(SentenceView s, int comma)
    {
        int before = comma - 1, after = comma + 1;
        while (before >= 0 && s.ActorAt(before) is null && s.IsWord(before) && comma - before <= 3) before--;
        while (after < s.Count && s.ActorAt(after) is null && s.IsWord(after) && char.IsUpper(s.Tokens[after].Text[0]) && after - comma <= 3) after++;
        return before >= 0 && after < s.Count && s.ActorAt(before) is { } a && s.ActorAt(after) is { } b && a.Key == b.Key;
    }

    /// <summary>Whether only adverbs, auxiliaries and the comma closing an apposition stand between a name ending at
    /// <paramref name="last"/> and the verb.</summary>
    private bool VerbFollows(SentenceView s, int last, int verb)
    {
        for (int k = last + 1; k < verb; k++)
            if (!s.Lower[k].EndsWith("ly") && !words.Is("passive", s.Lower[k]) && s.Lower[k] is not ("had" or "has" or "have" or "will" or "would" or "also" or ",")) return false;
        return true;
    }

    /// <summary>
    /// "after US forces withdrew": a word that is a preposition elsewhere opens a clause here, its actor the subject of
    /// the verb right after it (adverbs and auxiliaries may stand between).
    /// </summary>
    private bool OpensSubordinateClause(SentenceView s, int first, int last, int verb)
    {
        int p = first - 1;
        while (p >= 0 && s.Lower[p] is "the" or "a" or "an") p--;
        if (p < 0 || !words.Is("subordinator", s.Lower[p])) return false;
        // (A comma may close an apposition: "after Ishaq Dar and the Afghan minister, Amir Khan Muttaqi, met".)
        for (int k = last + 1; k < verb; k++)
            if (!s.Lower[k].EndsWith("ly") && !words.Is("passive", s.Lower[k]) && s.Lower[k] is not ("had" or "has" or "have" or "," or ")")) return false;
        return true;
    }

    /// <summary>"talks in Doha, with Qatar and Turkey mediating": the actors between "with" and the participle of an
    /// absolute clause, who do what it says; else none.</summary>
    public static List<ActorRef> AbsoluteSubjects(SentenceView s, int verb)
    {
        if (verb < 2 || !s.Lower[verb].EndsWith("ing") || s.ActorAt(verb - 1) is null) return [];
        var (group, first) = Group(s, verb - 1, 0, null);
        return first > 0 && s.Lower[first - 1] == "with" ? group : [];
    }

    /// <summary>"Pakistan, Afghanistan and Uzbekistan signed", "the mediation of Qatar and Turkey": the actor at token
    /// <paramref name="first"/> with every actor coordinated after it.</summary>
    public static List<ActorRef> ActorsStartingAt(SentenceView s, int first) => CoordinatedFrom(s, first, null);

    private static List<ActorRef> CoordinatedFrom(SentenceView s, int first, IReadOnlySet<string>? titles)
    {
        int last = s.MentionEnd(first);
        while (last + 2 < s.Count && s.Lower[last + 1] is "and" or "," && s.ActorAt(last + 2) is not null) last = s.MentionEnd(last + 2);
        return Group(s, last, 0, titles).Group;
    }

    /// <summary>"with Qatar and Turkey as mediators", "the talks, hosted by Qatar": the actors coordinated up to token <paramref name="last"/>.</summary>
    public static List<ActorRef> ActorsEndingAt(SentenceView s, int last) =>
        s.ActorAt(last) is null ? [] : Group(s, last, 0, null).Group;

    // ("Khawaja Asif and his Afghan counterpart, Mullah Mohammad Yaqoob,": a title's noun may stand between.)
    // (With the words a name may carry before it in a list: "the Afghan Taliban and the banned TTP".)
    private static readonly HashSet<string> Connectors = ["and", ",", "&", "the", "along", "with", "as", "well", "together", "both", "its", "their", "his", "her", "counterpart", "counterparts", "banned", "outlawed", "proscribed"];

    /// <summary>Whether the mention starting at <paramref name="start"/> is the object of a preposition ("with the US").</summary>
    private bool AfterPreposition(SentenceView s, int start)
    {
        int p = start - 1;
        // ("a bombing at an Awami National Party (ANP) rally": an abbreviation in brackets stands where its name stands, but
        // "after the Tehreek-e-Taliban Pakistan (TTP) called off" opens a clause.)
        if (s.NameBeforeBracket(start) is { } named)
        {
            p = named - 1;
            while (p >= 0 && s.Lower[p] is "the" or "a" or "an" or "its" or "their") p--;
            if (p >= 0 && words.Is("subordinator", s.Lower[p])) return false;
        }
        while (p >= 0 && s.Lower[p] is "the" or "a" or "an" or "its" or "their") p--;
        return p >= 0 && words.Is("preposition", s.Lower[p]) && !(s.Lower[p] == "with" && p > 0 && s.Lower[p - 1] is "along" or "together");
    }

    /// <summary>The actors coordinated with the mention at <paramref name="last"/>, walking left over connectors; and where the group starts.</summary>
    private (List<ActorRef> Group, int First) Group(SentenceView s, int last, int clause) => Group(s, last, clause, titleWords);

    /// <param name="titles">The words of titles, skipped before a person's name ("Mullah Mohammad Yaqoob"); without them none is.</param>
    private static (List<ActorRef> Group, int First) Group(SentenceView s, int last, int clause, IReadOnlySet<string>? titles)
    {
        var group = new List<ActorRef> { s.ActorAt(last)! };
        int first = s.MentionStart(last);
        // "Pakistan and Afghanistan's Taliban government": the possessor belongs to the name it qualifies.
        if (first > 0 && s.ActorAt(first - 1) is not null && s.IsPossessive(s.MentionEnd(first - 1)) && s.MentionEnd(first - 1) + 2 >= first)
            first = s.MentionStart(first - 1);
        // "the Tehreek-e-Taliban Pakistan (TTP)": an acronym in brackets after a name is that name again.
        if (s.NameBeforeBracket(first) is { } named && s.ActorAt(named)?.Key == group[0].Key)
            first = named;
        first = TitleStart(s, first, titles);
        int i = first - 1, lastFirst = first;
        bool joined = false, conjunction = false, and = false;
        while (i >= clause)
        {
            if (s.ActorAt(i) is { } a && joined)
            {
                // "his Afghan counterpart, Mullah Mohammad Yaqoob": an apposition names one actor once.
                if (a.Key == group[0].Key && !and) group.RemoveAt(0);
                and = false;
                group.Insert(0, a);
                first = TitleStart(s, s.MentionStart(i), titles);
                i = first - 1;
                joined = false;
                continue;
            }
            if (!Connectors.Contains(s.Lower[i])) break;
            var w = s.Lower[i];
            // "led the Taliban delegation, and Qatar hosted": ", and" before the second of two joins clauses, not names
            // (a list of two has no comma; "A, B and C" and "A, B, and C" have more).
            if (w == "," && group.Count == 1 && i + 1 < s.Count && s.Lower[i + 1] == "and"
                && !(i > 0 && s.ActorAt(i - 1) is not null && s.MentionStart(i - 1) > 0 && s.Lower[s.MentionStart(i - 1) - 1] == ",")) break;
            // "with" joins only as "along with" / "together with"; a bare "with" is a preposition.
            bool withJoin = w == "with" && i > 0 && s.Lower[i - 1] is "along" or "together";
            if (w == "with" && !withJoin) break;
            joined |= w is "and" or "," or "&" || withJoin;
            conjunction |= w is "and" or "&" || withJoin;
            and |= w is "and" or "&" || withJoin;
            i--;
        }
        // Commas alone do not coordinate ("in talks with the US, the Taliban signed"): a list needs an "and".
        return conjunction ? (group, first) : ([group[^1]], lastFirst);
    }

    /// <summary>"Mullah Mohammad Yaqoob", "Lt Gen Nadeem Anjum": where a person's name starts with the title the recogniser
    /// left out of it (words of titles right before the name).</summary>
    private static int TitleStart(SentenceView s, int start, IReadOnlySet<string>? titles)
    {
        if (titles is null || s.MentionAt[start] is not { Kind: MentionKind.Person }) return start;
        int k = start;
        while (k > 0 && start - k < 3 && s.MentionAt[k - 1] is null && titles.Contains(s.Tokens[k - 1].Text.TrimEnd('.'))) k--;
        return k;
    }

    /// <summary>
    /// When no other subject stands in the clause: the possessor of a title that opens it ("UNHCR's representative",
    /// "Khyber Pakhtunkhwa's chief minister", the government of the place's country), acting in an official role.
    /// </summary>
    public List<ActorRef> PossessorSubject(SentenceView s, int verb)
    {
        int clause = ClauseStart(s, verb);
        for (int i = clause; i < verb; i++)
        {
            if (s.MentionAt[i] is not { } m) continue;
            int end = s.MentionEnd(i);
            // The title must be someone's: a named person stands in apposition before the verb.
            // (a name the person finder did not know counts: two capitalised words set off by a comma).
            bool apposition = Enumerable.Range(end + 1, Math.Max(0, verb - end - 1)).Any(k => s.MentionAt[k] is { Kind: MentionKind.Person })
                || Enumerable.Range(end + 2, Math.Max(0, verb - end - 3)).Any(k => s.Lower[k - 1] == "," && IsCapitalisedName(s, k));
            // "the military's spokesman accused": a spokesperson's title right before the verb needs no name.
            bool spokesperson = verb - end is >= 2 and <= 4 && Enumerable.Range(end + 1, verb - end - 1).All(k => s.IsWord(k) && s.MentionAt[k] is null)
                && Spokespeople.Contains(s.Lower[verb - 1]);
            if ((apposition || spokesperson) && s.IsPossessive(end) && !AfterPreposition(s, s.MentionStart(i)) && end + 1 < verb && s.IsWord(end + 1) && s.MentionAt[end + 1] is null)
            {
                if (s.ActorAt(i) is { } a) return [a with { Role = a.Role ?? "GOV" }];
                if (m.Kind == MentionKind.Place && s.PlaceOf(m)?.Country is { Length: 3 } country)
                    return [new ActorRef(country, null, "GOV", m.Span.Of(s.Document.Text))];
            }
            i = end;
        }
        return [];
    }

    private static readonly HashSet<string> Spokespeople = ["spokesman", "spokesperson", "spokeswoman", "spokesmen", "spokespeople", "wing", "office"];

    private static bool IsCapitalisedName(SentenceView s, int k) =>
        k + 1 < s.Count && s.MentionAt[k] is null && s.MentionAt[k + 1] is null && s.IsWord(k) && s.IsWord(k + 1)
        && char.IsUpper(s.Tokens[k].Text[0]) && char.IsUpper(s.Tokens[k + 1].Text[0]);

    /// <summary>"a suicide bomber from ISKP killed": when no subject stands in the clause, the actor an unnamed attacker came from.</summary>
    public List<ActorRef> SubjectFrom(SentenceView s, int verb)
    {
        int clause = ClauseStart(s, verb);
        for (int i = verb - 1; i >= clause; i--)
            if (s.ActorAt(i) is { } a)
            {
                // "officials from Pakistan and Afghanistan agreed": every actor of the coordination.
                var (group, first) = Group(s, i, clause);
                int p = first - 1;
                while (p >= 0 && s.Lower[p] is "the" or "a" or "an") p--;
                // ... "from" after a noun: those who "crossed from Afghanistan" did not come from a group called so.
                if (p >= 0 && s.Lower[p] == "from" && !(p > 0 && s.Lower[p - 1].EndsWith("ed"))) return group;
                i = s.MentionStart(i);
            }
        return [];
    }

    /// <summary>
    /// The first word that looks like a past-tense verb right after a noun ("bomber rammed", "jets struck"), before
    /// <paramref name="limit"/>; or null.
    /// </summary>
    public int? MainVerb(SentenceView s, int from, int limit)
    {
        for (int i = Math.Max(from, 1); i < limit; i++)
        {
            var w = s.Lower[i];
            if (s.MentionAt[i] is not null || !s.IsWord(i) || char.IsUpper(s.Tokens[i].Text[0])) continue;
            if (!((w.EndsWith("ed") && w.Length > 4) || lemmatizer.IsIrregularPast(w))) continue;
            var before = s.Lower[i - 1];
            if (!s.IsWord(i - 1) || words.Is("determiner", before) || words.Is("preposition", before) || words.Is("passive", before)
                || before is "and" or "or" || before.EndsWith("ly")) continue;
            return i;
        }
        return null;
    }

    /// <summary>"thousands of Afghans have been deported": the actor after "of" in the subject, before the verb's auxiliaries.</summary>
    public ActorRef? QuantityOf(SentenceView s, int verb)
    {
        int clause = ClauseStart(s, verb);
        for (int i = verb - 1; i > clause; i--)
        {
            if (s.ActorAt(i) is { } a) return s.MentionStart(i) > 0 && s.Lower[s.MentionStart(i) - 1] == "of" ? a : null;
            if (!s.IsWord(i)) return null;
        }
        return null;
    }

    /// <summary>"“...,” said Pakistan's foreign office": after a quotation the speaker may follow the verb.</summary>
    public List<ActorRef> InvertedSpeaker(SentenceView s, int verb, int verbEnd)
    {
        if (verb == 0 || !ClosesQuote(s, verb - 1)) return [];
        for (int i = verbEnd + 1; i < Math.Min(s.Count, verbEnd + 4); i++)
            if (s.ActorAt(i) is { } a) return [a];
        return [];
    }

    /// <summary>
    /// "residents in Afghanistan's Khost province took to the streets": an unnamed crowd of a place, when no actor is
    /// the subject, is that place's country's civilians.
    /// </summary>
    public List<ActorRef> Inhabitants(SentenceView s, int verb) => Crowd(s, verb) is { } c ? [c.People] : [];

    /// <summary>
    /// "villagers in Afghanistan's Nimroz province taking to the streets": a crowd of a place right before the verb is
    /// its subject, whatever actor stands earlier in the clause.
    /// </summary>
    public List<ActorRef> CrowdRightBefore(SentenceView s, int verb) =>
        Crowd(s, verb) is { } c && verb - s.MentionEnd(c.PlaceAt) <= 2 ? [c.People] : [];

    private (ActorRef People, int PlaceAt)? Crowd(SentenceView s, int verb)
    {
        int clause = ClauseStart(s, verb);
        for (int i = verb - 1; i >= clause; i--)
        {
            if (!words.Is("inhabitants", s.Lower[i]) || i + 2 >= s.Count || s.Lower[i + 1] is not ("in" or "of" or "from")) continue;
            for (int k = i + 2; k < Math.Min(verb, i + 6); k++)
            {
                if (s.MentionAt[k] is null) continue;
                // "Afghanistan's Nimroz province": the most specific place of the phrase.
                int last = k;
                while (s.MentionEnd(last) + 1 < verb && s.MentionAt[s.MentionEnd(last) + 1] is not null) last = s.MentionEnd(last) + 1;
                if ((CiviliansAt(s, last) ?? CiviliansAt(s, k)) is { } country) return (country, last);
            }
        }
        return null;
    }

    /// <summary>
    /// "launched an offensive against the militant group", "the group decided": a short reference to a group
    /// (data/kb/references.tsv) that the recognizer left unresolved, because more than one group was in focus,
    /// refers to the group named last before it (an armed one where the reference gives the insurgent role).
    /// </summary>
    public ActorRef? GroupReference(SentenceView s, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, s.Count - 1); i++)
        {
            if (s.Lower[i] != "the" || s.MentionAt[i] is not null || s.MentionAt[i + 1] is not null) continue;
            // The longest phrase first: "militant group" before "group".
            for (int n = Math.Min(3, s.Count - i - 1); n >= 1; n--)
            {
                var phrase = string.Join(' ', Enumerable.Range(i + 1, n).Select(k => s.Lower[k]));
                if (references.Find(phrase) is { Wants: "group" } reference)
                    return LastGroupBefore(s, s.Tokens[i].Span.Start, armed: reference.Role == "INS");
            }
        }
        return null;
    }

    private static ActorRef? LastGroupBefore(SentenceView s, int offset, bool armed)
    {
        ActorRef? last = null;
        int lastStart = -1;
        foreach (var m in s.Document.Mentions)
            if (m.Span.Start < offset && m.Span.Start > lastStart && m.Actor is { Group: not null } a && (!armed || a.Country is not null))
                (last, lastStart) = (a, m.Span.Start);
        return last;
    }

    /// <summary>"protests in Kabul": the civilians of the place named in a prepositional phrase right after a noun.</summary>
    public ActorRef? PlaceAfter(SentenceView s, int noun)
    {
        int p = noun + 1;
        if (p >= s.Count || s.Lower[p] is not ("in" or "at" or "outside" or "across" or "near" or "throughout")) return null;
        for (int k = p + 1; k < Math.Min(s.Count, p + 4); k++)
            if (s.MentionAt[k] is not null) return CiviliansAt(s, k);
        return null;
    }

    /// <summary>The civilians of the country a place or state mention stands in.</summary>
    public static ActorRef? CiviliansAt(SentenceView s, int i)
    {
        if (s.MentionAt[i] is not { } m) return null;
        var name = m.Span.Of(s.Document.Text);
        if (m.Kind == MentionKind.Place && s.PlaceOf(m)?.Country is { Length: 3 } country)
            return new ActorRef(country, null, "CVL", name);
        return s.ActorAt(i) is { Group: null, Country: { } state } ? new ActorRef(state, null, "CVL", name) : null;
    }

    /// <summary>The subject of the sentence's first clause: its first actor group not inside a prepositional phrase or possessive.</summary>
    public List<ActorRef> MainSubjects(SentenceView s, int firstVerb)
    {
        // A sentence opening with a quotation: its subject comes after the quotation closes.
        int open = 0;
        if (s.Count > 0 && s.Lower[0] is "“" or "\"")
            for (int q = 1; q < firstVerb; q++)
                if (ClosesQuote(s, q)) { open = q + 1; break; }
        // The main clause's own verb ends the search even when no pattern names it ("a suicide bomber rammed a car into a
        // convoy carrying Chinese engineers, killing ...": the engineers are not the subject).
        firstVerb = Math.Min(firstVerb, MainVerb(s, open, firstVerb) ?? firstVerb);
        for (int i = open; i < firstVerb; i++)
        {
            if (s.MentionAt[i] is null)
            {
                if (s.Lower[i] is ";" or ":") break;
                continue;
            }
            int start = s.MentionStart(i), end = s.MentionEnd(i);
            if (s.ActorAt(i) is not null && !AfterPreposition(s, start) && !s.IsPossessive(end))
                return CoordinatedFrom(s, i, titleWords);
            i = end;
        }
        return [];
    }

    /// <summary>
    /// "the Hafiz Gul Bahadur group, which it blamed for the bombing", "India, which Pakistan also accused of sponsoring the
    /// attack": the actor a relative clause hangs on where the clause has a subject of its own before the verb, so that the
    /// actor is the verb's object; or null.
    /// </summary>
    public static ActorRef? ObjectRelativeAntecedent(SentenceView s, int verb)
    {
        int p = verb - 1;
        while (p >= 0 && s.MentionAt[p] is null && s.Lower[p] is "also" or "has" or "had" or "have" or "long" or "repeatedly" or "previously" or "often" or "openly" or "publicly" or "now" or "later")
            p--;
        if (p < 0) return null;
        if (s.MentionAt[p] is not null) p = s.MentionStart(p) - 1;
        else if (s.Lower[p] is "it" or "they" or "he" or "she" or "we") p--;
        else return null;
        if (p >= 0 && s.Lower[p] == "the") p--;
        if (p < 2 || s.Lower[p] is not ("which" or "whom" or "who") || s.Lower[p - 1] != ",") return null;
        return s.ActorAt(p - 2);
    }

    /// <summary>
    /// "according to the Taliban, whose forces then shelled Pakistani posts": the actor before ", whose", for the
    /// verb of the clause it opens (a few words may stand between: the possessed noun, an adverb); or null.
    /// </summary>
    public ActorRef? WhoseAntecedent(SentenceView s, int verb)
    {
        for (int w = verb - 1; w >= Math.Max(2, verb - 4); w--)
        {
            if (s.MentionAt[w] is not null || s.Lower[w] is "," or ";") return null;
            if (s.Lower[w] == "whose") return s.Lower[w - 1] == "," ? s.ActorAt(w - 2) : null;
        }
        return null;
    }

    /// <summary>
    /// The actor a ", which ..." clause hangs on: the mention right before its comma, unless that is a state after a
    /// preposition other than an agent's "by" ("an attack launched from Afghanistan, which killed" hangs on the attack).
    /// </summary>
    public List<ActorRef> Antecedent(SentenceView s, int verb)
    {
        int p = verb - 1;
        if (p > 0 && s.Lower[p] is "had" or "has" or "have" or "was" or "were") p--;
        if (p <= 1) return [];
        // "the Taliban administration in Kabul, which has hosted talks": past the seat an actor is placed in.
        if (s.ActorAt(p - 2) is null && s.MentionAt[p - 2] is { Kind: MentionKind.Place } && s.MentionStart(p - 2) is var seat and >= 2
            && s.Lower[seat - 1] is "in" or "at" && s.ActorAt(seat - 2) is { } seated)
            return [seated];
        if (s.ActorAt(p - 2) is not { } actor) return [];
        // "Turkey and Qatar, which mediated the talks": each of a coordinated antecedent.
        var (group, start) = Group(s, p - 2, 0);
        int q = start - 1;
        while (q >= 0 && s.Lower[q] is "the" or "a" or "an") q--;
        // ("relations between Islamabad and the Taliban, who seized Kabul in 2021": a pair after "between" is no list of
        // doers; the clause hangs on the one right before it.)
        if (q >= 0 && s.Lower[q] == "between" && group.Count > 1) return [actor];
        // A group can be the antecedent after a preposition ("a debt to the TTP, which helped it"); a state there is
        // usually a place the head noun came from.
        return q >= 0 && words.Is("preposition", s.Lower[q]) && s.Lower[q] != "by" && actor.Group is null ? [] : group;
    }
}
