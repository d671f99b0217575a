using Faultline.Core.Documents;
using Faultline.Core.Temporal;

namespace Faultline.Core.Coding;

/// <summary>
/// Dates the acts their own sentence leaves undated, from what the article implies, most specific first:
/// a well-known act the knowledge base dates ("the Taliban's takeover" of Afghanistan), the news report the
/// sentence cites when the article itself is undated, an earlier telling of the same act ("the alleged air raids"),
/// then the act the narrative is still telling about (the last dated act of the same paragraph, a sentence or two
/// before, or of the sentence just before a paragraph's first), unless the sentence tells of a habit ("has often"),
/// then the month of the act an answer answers ("condemned the strikes"), then, in a news report of fresh events,
/// the report's month for a statement told with no time of its own, and last the report's month for a stance told in
/// the present or as a habit up to now ("the Taliban deny that ...").
/// </summary>
internal sealed partial class EventDating(NamedEvents named, ClauseWords words, Lemmatizer lemmatizer)
{
    /// <summary>How many sentences back a paragraph's date still carries.</summary>
    private const int NarrativeReach = 3;

    /// <param name="kinds">For each event, the kind of time expression that dated it ("relative", "year" …), or null.</param>
    /// <param name="answers">For an event answering an earlier act ("condemned the strikes"), the index of that act.</param>
    /// <param name="published">Whether the reference date is the article's own publication date rather than inferred.</param>
    /// <param name="told">For each sentence that tells a date (to the month at least), that date, acts or none.</param>
    public void Complete(Document document, List<CodedEvent> events, List<string?> kinds, IReadOnlyDictionary<int, int> answers, PartialDate? reference, bool published, CitationDates citations,
        IReadOnlyDictionary<int, string>? told = null, IReadOnlySet<CodedEvent>? background = null)
    {
        bool fresh = published && reference is { Day: not null } day && Fresh(document, events, day);
        var liveFrom = LiveEntriesFrom(document);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // "last month" in an undated article: the cited report of the act says which month better than a guess at the publication date.
            if (!published && (e.Date is null || kinds[i] == "relative") && !citations.IsEmpty
                && citations.Of(e.Evidence.Of(document.Text)) is { } cited)
            {
                events[i] = e with { Date = new PartialDate(cited.Year, cited.Month).ToString() };
                kinds[i] = "citation";
                continue;
            }
            if (e.Date is not null) continue;
            if (Known(e, reference) is { } known)
            {
                events[i] = e with { Date = known };
                kinds[i] = "known";
                continue;
            }
            if (Retold(document, events, i) is { } retold)
            {
                events[i] = e with { Date = retold };
                kinds[i] = "retold";
                continue;
            }
            // "Kakar had last month accused Kabul of ... Kabul rejected the allegations at the time": the time of the act answered.
            if (answers.TryGetValue(i, out int atTheTime) && events[atTheTime].Date is { } thatTime
                && PhraseOf(document, e).Contains("at the time", StringComparison.OrdinalIgnoreCase))
            {
                events[i] = e with { Date = thatTime };
                kinds[i] = "answer";
                continue;
            }
            if (Narrative(document, events, i, told, background) is { } carried)
            {
                events[i] = e with { Date = carried };
                kinds[i] = "narrative";
                continue;
            }
            // "10:15 / The session has opened": an entry of a live page, under the time of day it was posted, tells what
            // happened on the day the page was published.
            if (published && reference is { Day: not null } liveDay && liveFrom is { } entries && document.Sentences[e.Sentences[0]].Paragraph > entries)
            {
                events[i] = e with { Date = liveDay.ToString() };
                kinds[i] = "live";
                continue;
            }
            // "He condemned the strikes": an answer comes after the act it answers, most often the same day or the next; the
            // act's day is the best guess at it (a month alone would be a safe guess but never the day the answer was given).
            // (Not a stance told in the present: "The Taliban deny this" stands as of the report, below.)
            if (answers.TryGetValue(i, out int act) && events[act].Date is { Length: >= 7 } answeredDate && !(published && StandsNow(document, e)))
            {
                events[i] = e with { Date = answeredDate };
                kinds[i] = "answer";
                continue;
            }
            // A news report of fresh events: what someone said, told with no time of its own, is news of the report's month.
            // Its day is the story's: the last day told before it, when that is a day of the week the report covers.
            if (published && reference is { Month: { } month } r && fresh && CurrentStatement(document, e))
            {
                // ("We also ask the Pakistani side to ...": a speaker's own words in the present are said on the report's day.)
                events[i] = e with { Date = SaidNow(document, e) ? r.ToString() : StoryDay(events, i, r) ?? new PartialDate(r.Year, month).ToString() };
                kinds[i] = "report";
            }
        }
        // "The Taliban deny that the TTP operates from Afghan soil", "Kabul has repeatedly denied ...": a stance told in the
        // present, or as a habit up to now, stands as of the report's month. (Last, so that no act of the story is dated from it.)
        if (published && reference is { Month: { } now } p)
            for (int i = 0; i < events.Count; i++)
                if (events[i] is { Date: null, Quad: 1 or 3 } e && StandsNow(document, e))
                {
                    events[i] = e with { Date = new PartialDate(p.Year, now).ToString() };
                    kinds[i] = "present";
                }
    }

    /// <summary>
    /// "Officials dismissed the claim", "Afghan officials blamed the Pakistani side": an act told once, in the past, with no
    /// time of its own and none <see cref="Complete"/> found, happened when the story was when it was told: the last act
    /// dated before it, to that act's day (in an analysis too: a month alone is never wrong but never the day either).
    /// Not a habit, nor what had happened before the story ("had warned"). Run on merged events, so that an undated
    /// mention of an act already dated stays one event with it.
    /// </summary>
    /// <param name="background">Acts dated by a date of the background ("the government that took power in August 2021"),
    /// by their first sentence and date: they tell no time of the story.</param>
    public void DateFromStory(Document document, List<CodedEvent> events, IReadOnlySet<(int Sentence, string Date)> background)
    {
        var ordered = events.Select((e, i) => (e, i)).OrderBy(x => x.e.Sentences[0]).ToList();
        string? story = null;
        foreach (var (e, i) in ordered)
        {
            // (A stance dated to the report's month, "The Taliban deny ...", tells no time of the story.)
            if (e.Date is not null) { if (!StandsNow(document, e) && !background.Contains((e.Sentences[0], e.Date))) story = e.Date; continue; }
            if (story is not null && ToldInThePast(document, e))
                events[i] = e with { Date = story };
        }
    }

    /// <summary>
    /// Whether the article reports fresh news: its opening paragraphs tell an act dated to the day within a week before
    /// publication (a news report, not an analysis of the past).
    /// </summary>
    private static bool Fresh(Document document, List<CodedEvent> events, PartialDate published)
    {
        var day = new DateOnly(published.Year, published.Month!.Value, published.Day!.Value);
        return events.Any(e => document.Sentences[e.Sentences[0]].Paragraph <= 3 && e.Date is { Length: 10 } d
            && DateOnly.TryParse(d, out var when) && when <= day && day.DayNumber - when.DayNumber <= 7);
    }

    /// <summary>The date of the last act before <paramref name="at"/> dated to a day in the week up to publication, or null.</summary>
    private static string? StoryDay(List<CodedEvent> events, int at, PartialDate published)
    {
        var day = new DateOnly(published.Year, published.Month!.Value, published.Day!.Value);
        for (int j = at - 1; j >= 0; j--)
            if (events[j].Date is { Length: 10 } d && DateOnly.TryParse(d, out var when))
                return when <= day && day.DayNumber - when.DayNumber <= 7 ? d : null;
        return null;
    }

    /// <summary>Whether an act is told once in the simple past ("dismissed", "blamed"), not as a habit, a state up to now
    /// ("has accused"), what had happened before ("had warned") nor in the present.</summary>
    private bool ToldInThePast(Document document, CodedEvent e)
    {
        var (tokens, word) = PhraseWords(document, e);
        if (word < 0 || !lemmatizer.IsPastForm(tokens[word].ToLowerInvariant())) return false;
        return !tokens.Take(word + 1).Any(w => words.Is("habitual", w) || w.ToLowerInvariant() is "had" or "has" or "have" or "would" or "will");
    }

    /// <summary>
    /// "Kabul rejected the accusation": a statement (verbal act) told as it happened, not a habit ("has repeatedly
    /// accused") nor something said before the story ("had warned").
    /// </summary>
    private bool CurrentStatement(Document document, CodedEvent e)
    {
        if (e.Quad is not (1 or 3)) return false;
        // ("said Pakistani fire had killed one guard": the tense of what was said is not the saying's.)
        var (tokens, word) = PhraseWords(document, e);
        return !tokens.Take(word >= 0 ? word + 1 : tokens.Count).Any(w => words.Is("habitual", w) || w.Equals("had", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The words of the act's phrase and the index of its trigger word among them (-1 where not found).</summary>
    private (List<string> Tokens, int Word) PhraseWords(Document document, CodedEvent e)
    {
        var tokens = Words().Matches(PhraseOf(document, e)).Select(w => w.Value).ToList();
        var lemma = e.Word.Split(' ')[0];
        int word = lemma.Length > 0 ? tokens.FindIndex(w => w.Equals(lemma, StringComparison.OrdinalIgnoreCase) || lemmatizer.Candidates(w.ToLowerInvariant()).Contains(lemma, StringComparer.OrdinalIgnoreCase)) : -1;
        return (tokens, word);
    }

    /// <summary>Whether a statement is told in the present ("the Taliban deny", "Kabul denies"), the present perfect
    /// ("has repeatedly accused") or as a habit ("routinely describe"), not as one past act.</summary>
    public bool StandsNow(Document document, CodedEvent e)
    {
        // (A noun's word, "talks", "visit", is no tense.)
        if (e.Word.Length < 3 || !e.PatternId.StartsWith("v:", StringComparison.Ordinal)) return false;
        var word = e.Word.Split(' ')[0].ToLowerInvariant();
        var tokens = Words().Matches(PhraseOf(document, e)).Select(w => w.Value.ToLowerInvariant()).ToList();
        // ("had repeatedly accused": a habit before the story, not up to now.)
        if (tokens.Contains("had")) return false;
        if (tokens.Any(w => words.Is("habitual", w))) return true;
        int k = tokens.IndexOf(word);
        if (k < 0) return false;
        string? before = k > 0 ? tokens[k - 1] : null, twoBefore = k > 1 ? tokens[k - 2] : null;
        if (before is "has" or "have" || (twoBefore is "has" or "have" && before!.EndsWith("ly"))) return true;
        // A past form ("accused", "said") or a verb after a modal, "to" or "did" ("will deny", "did not deny") is no present.
        return !word.EndsWith("ed") && !word.EndsWith("ing") && !lemmatizer.IsIrregularPast(word)
            && !(before is not null && words.Is("modal", before))
            && before is not ("to" or "cannot" or "did" or "does" or "do" or "not" or "had" or "was" or "were" or "been" or "be");
    }

    /// <summary>Whether a statement is the speaker's own, in the first person and the present ("We hope the two sides
    /// will ...", "I urge ..."): the words of a transcript or a quoted statement, said when it was given.</summary>
    private static bool SaidNow(Document document, CodedEvent e) =>
        e.Word.Length > 0 && FirstPersonVerb().Matches(PhraseOf(document, e)).Any(m => m.Groups["verb"].Value.Equals(e.Word, StringComparison.OrdinalIgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:we|I)\s+(?:also\s+|again\s+|once again\s+|strongly\s+|firmly\s+|sincerely\s+)?(?<verb>[\w-]+)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FirstPersonVerb();

    /// <summary>The date of the latest unique well-known act with the same actor, code and target (or none named) not after the reference.</summary>
    private string? Known(CodedEvent e, PartialDate? reference)
    {
        if (e.PatternId.StartsWith("named:", StringComparison.Ordinal)) return null;
        string? best = null;
        foreach (var n in named.All)
        {
            if (!n.Unique || n.Code != e.Code || n.Actor1.Key != e.Actor1.Key) continue;
            if (e.Actor2 is not null && e.Actor2.Key != n.Actor2?.Key) continue;
            if (!NotAfter(n.Date, reference)) continue;
            if (best is null || string.CompareOrdinal(n.Date, best) > 0) best = n.Date;
        }
        return best;
    }

    /// <summary>Whether an ISO date is not after the reference, at the reference's precision ("2021" admits August 2021).</summary>
    public static bool NotAfter(string date, PartialDate? reference)
    {
        if (reference is not { } r) return true;
        var limit = r.ToString();
        return string.CompareOrdinal(date, 0, limit, 0, limit.Length) <= 0;
    }

    /// <summary>"The alleged Pakistani air raids sparked protests": a noun naming an act told before takes that act's date.</summary>
    private static string? Retold(Document document, List<CodedEvent> events, int at)
    {
        var e = events[at];
        if (!e.PatternId.StartsWith("n:", StringComparison.Ordinal)) return null;
        for (int j = at - 1; j >= 0; j--)
        {
            var x = events[j];
            // (Not an act told only to measure time from: "the deadliest raid since Pakistan's strikes in April 2022".)
            if (x.Date is not null && x.Code == e.Code && x.Actor1.Key == e.Actor1.Key && x.Sentences[0] < e.Sentences[0] && !InSinceClause(document, x)
                && (e.Actor2 is null || x.Actor2 is null || x.Actor2.Key == e.Actor2.Key))
                return x.Date;
        }
        return null;
    }

    /// <summary>
    /// The date of the last dated act in the same paragraph, at most <see cref="NarrativeReach"/> sentences before, or
    /// of a sentence there that tells a date with no act coded, whichever is nearer.
    /// </summary>
    private string? Narrative(Document document, List<CodedEvent> events, int at, IReadOnlyDictionary<int, string>? told, IReadOnlySet<CodedEvent>? background)
    {
        // "during the Soviet-Afghan war in the 1980s": the sentence has a time of its own, only coarser than a year.
        if (Decade().IsMatch(events[at].Evidence.Of(document.Text))) return null;
        // "has often summoned", "has repeatedly accused": a habit, not one act of the story being told (a habit in another
        // phrase of the sentence is not this act's: "She said ..., an allegation the Taliban have repeatedly rejected").
        if (Words().Matches(PhraseOf(document, events[at])).Any(w => words.Is("habitual", w.Value))) return null;
        // "Tehran has since acted as a go-between": what has gone on since the last date told is not of that date.
        if (BringsUpToNow(PhraseOf(document, events[at]))) return null;
        var fromActs = NarrativeOfActs(document, events, at, background);
        if (told is null) return fromActs?.Date;
        int sentence = events[at].Sentences[0];
        for (int s = sentence - 1; s >= 0 && s > (fromActs?.Sentence ?? -1) && InReach(document, s, sentence); s--)
            if (told.TryGetValue(s, out var date)) return date;
        return fromActs?.Date;
    }

    private static (string Date, int Sentence)? NarrativeOfActs(Document document, List<CodedEvent> events, int at, IReadOnlySet<CodedEvent>? background)
    {
        int sentence = events[at].Sentences[0];
        // ("Baloch said on Friday that ... . Torkham has been closed since Wednesday. The spokesperson also voiced concern
        // ...": a speaker still speaking speaks on the occasion of their last statement, not on the day of an act told between.)
        if (CameoCodes.IsStatement(events[at].Code) && events[at].Code != "010" && SpeakersLastStatement(document, events, at) is { } occasion) return occasion;
        for (int j = at - 1; j >= 0; j--)
        {
            int s = events[j].Sentences[0];
            if (s > sentence) continue;
            if (!InReach(document, s, sentence)) return null;
            // ("Dar flew to Kabul on Saturday, the most senior visitor since the Taliban returned to power in August 2021.
            // He held talks ...": an act that only measures time is not where the story is.)
            if (InSinceClause(document, events[j])) continue;
            // (Nor is an act dated by a noun's background: "the government that took power in August 2021".)
            if (background?.Contains(events[j]) == true) continue;
            if (events[j].Date is { } d) return (d, s);
        }
        return null;
    }

    /// <summary>The date and sentence of the last dated statement in reach before event <paramref name="at"/> by its own
    /// speaker, or null.</summary>
    private static (string Date, int Sentence)? SpeakersLastStatement(Document document, List<CodedEvent> events, int at)
    {
        int sentence = events[at].Sentences[0];
        for (int j = at - 1; j >= 0; j--)
        {
            int s = events[j].Sentences[0];
            if (s >= sentence) continue;
            if (!InReach(document, s, sentence)) return null;
            if (events[j].Date is { } d && CameoCodes.IsStatement(events[j].Code) && events[j].Actor1.Key == events[at].Actor1.Key) return (d, s);
        }
        return null;
    }

    /// <summary>Whether sentence <paramref name="s"/> is near enough before <paramref name="sentence"/> to carry its date: in
    /// the same paragraph at most <see cref="NarrativeReach"/> sentences back, or (from a paragraph's first sentence) the
    /// previous paragraph's last sentence.</summary>
    private static bool InReach(Document document, int s, int sentence)
    {
        int paragraph = document.Sentences[sentence].Paragraph;
        bool previousParagraph = document.Sentences[s].Paragraph == paragraph - 1 && sentence - s == 1;
        return (document.Sentences[s].Paragraph == paragraph || previousParagraph) && sentence - s <= NarrativeReach;
    }

    /// <summary>Where the entries of a live page begin: the first paragraph that is only a time of day ("21:40"), in a
    /// text with at least two such (a single time is no page of entries); else null.</summary>
    private static int? LiveEntriesFrom(Document document)
    {
        // (Only a short paragraph can be a time: the others are not copied out to be tried.)
        var times = Enumerable.Range(0, document.Paragraphs.Count)
            .Where(p => document.Paragraphs[p].Length <= MaxTimeOfDayLength && TimeOfDay().IsMatch(document.Paragraphs[p].Of(document.Text))).Take(2).ToList();
        return times.Count == 2 ? times[0] : null;
    }

    // The longest a paragraph that is only a time of day runs to ("10:15 a.m. PKT").
    private const int MaxTimeOfDayLength = 24;

    // ("21:40", "9.15 am", "10:15 PKT"; not a decimal like "3.50": a dot only with am or pm.)
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{1,2}(?::\d{2}(?:\s*(?i:am|pm|a\.m\.|p\.m\.))?|\.\d{2}\s*(?i:am|pm|a\.m\.|p\.m\.))(?:\s+[A-Z]{2,4})?\s*$")]
    private static partial System.Text.RegularExpressions.Regex TimeOfDay();

    /// <summary>The event's phrase, or its whole sentence where none was recorded.</summary>
    private static string PhraseOf(Document document, CodedEvent e) =>
        (e.Phrase.Length > 0 ? e.Phrase : e.Evidence).Of(document.Text);

    /// <summary>"the first since the Taliban returned to power": whether the act's word stands a few words after a "since"
    /// in its phrase.</summary>
    internal static bool InSinceClause(Document document, CodedEvent e)
    {
        if (e.Phrase.Length == 0 || e.Word.Length < 3) return false;
        var phrase = e.Phrase.Of(document.Text);
        var stem = e.Word[..Math.Min(4, e.Word.Length)];
        for (int i = phrase.IndexOf(stem, StringComparison.OrdinalIgnoreCase); i > 0; i = phrase.IndexOf(stem, i + 1, StringComparison.OrdinalIgnoreCase))
            if (char.IsWhiteSpace(phrase[i - 1]) && SinceBefore().IsMatch(phrase.AsSpan(0, i))) return true;
        return false;
    }

    /// <summary>Where the "since" that <paramref name="textBefore"/> ends a few words after begins, or -1.</summary>
    public static int SinceClauseStart(string textBefore) => SinceBefore().Match(textBefore) is { Success: true } m ? m.Index : -1;

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsince\s+(?:[\w’'-]+\s+){0,4}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SinceBefore();

    /// <summary>Whether <paramref name="textBefore"/> ends inside a "since" phrase of its clause, however long ("since
    /// Pakistan's strikes in Khost and Kunar in ..."): a date there only measures time.</summary>
    public static bool InSincePhrase(ReadOnlySpan<char> textBefore) => SincePhrase().IsMatch(textBefore);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsince\b[^,;.:]{0,80}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SincePhrase();

    /// <summary>"the first visit by a senior minister since 2021", "the deadliest attack since 2014": whether a "since" date
    /// right after <paramref name="textBefore"/> closes a comparison, whose date is the last such act's, not this one's.</summary>
    public static bool ComparedSince(ReadOnlySpan<char> textBefore) => ComparisonSince().IsMatch(textBefore);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:first|only|largest|biggest|highest|lowest|worst|longest|heaviest|deadliest|bloodiest|busiest|most|least)\b[^,;.:]{0,80}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ComparisonSince();

    /// <summary>Whether <paramref name="textBefore"/> ends inside a relative clause ("the government that took power in"),
    /// not in what a verb of saying reports ("said that").</summary>
    public static bool InRelativeClause(ReadOnlySpan<char> textBefore) => RelativeClause().IsMatch(textBefore);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:said|says|say|told|tells|added|stated|announced|insisted|claimed|warned|believed|believe|believes|noted|agreed|decided)\s+)\b(?:that|which|who)\b[^,;:]{0,80}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RelativeClause();

    /// <summary>"has since acted", "have since crossed back": the text brings its story up to now.</summary>
    public static bool BringsUpToNow(string text) => SinceThen().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have)\s+since\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SinceThen();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial System.Text.RegularExpressions.Regex Words();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:1[89]|20)\d0s\b")]
    private static partial System.Text.RegularExpressions.Regex Decade();
}
