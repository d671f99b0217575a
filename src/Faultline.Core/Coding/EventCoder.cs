using Faultline.Core.Documents;
using Faultline.Core.Pipeline;
using Faultline.Core.Temporal;

namespace Faultline.Core.Coding;

/// <summary>
/// Codes every reported act in CAMEO: finds triggers from the pattern files, keeps only asserted acts, assigns
/// actor1 and actor2 from the clause (active, passive, nominal, coordinated, pronoun subjects), dates the event
/// from the nearest time expression, places it at the most specific place in its clause, attaches fatalities,
/// and merges repeated mentions of one act.
/// </summary>
public sealed partial class EventCoder : IStage
{
    private readonly CameoCodes _codes;
    private readonly TriggerFinder _triggers;
    private readonly ClauseReader _clauses;
    private readonly NominalActors _nominal;
    private readonly DateResolver _dates;
    private readonly Claims.NumberWords _numbers;
    private readonly Lemmatizer _lemmatizer;
    private readonly FatalityReader _fatalities;
    private readonly NamedEvents _named;
    private readonly ReferringNouns _referring;
    private readonly DyadicCodes _dyadic;
    private readonly ClauseWords _words;
    private readonly UnnamedActors _unnamed;
    private readonly EventPlaces _places;
    private readonly EventDating _dating;
    // Ids of the patterns of plain saying ("said", "told"): events only beside the act they report.
    private readonly HashSet<string> _reporting;
    private readonly ConditionalThreats _threats;
    // The pattern whose code a statement attributing an act to another actor gets (option 'attribution'), if any.
    private readonly EventPattern? _attribution;
    // The pattern whose code a statement that people must leave gets (option 'announced-expulsion'), if any.
    private readonly EventPattern? _expulsion;
    // The pattern whose code a statement that another side must act gets (option 'obligation'), if any.
    private readonly EventPattern? _obligation;

    private readonly DateParser _fullDates;
    private readonly Knowledge.Governments _governments;

    /// <param name="references">The short references of data/kb/references.tsv ("the militant group"), for those the recognizer left unresolved.</param>
    /// <param name="governments">Who governs a state when that is a group (data/kb/governments.tsv), for a state named as it deals with others.</param>
    /// <param name="cues">The name cues (data/kb/name-cues.tsv), for the titles written before people's names.</param>
    public EventCoder(EventCodingKnowledge k, DateResolver dates, DateParser fullDates, Claims.NumberWords numbers, Knowledge.ShortReferences references,
        Knowledge.Governments governments, Knowledge.NameCues cues)
    {
        _governments = governments;
        _fullDates = fullDates;
        _codes = k.Codes;
        _triggers = new TriggerFinder(k.Patterns, k.Lemmatizer, k.Words);
        _lemmatizer = k.Lemmatizer;
        _clauses = new ClauseReader(k.Words, k.Lemmatizer, references, cues.TitleWords.SelectMany(t => t).ToHashSet(StringComparer.Ordinal));
        _places = new EventPlaces(_clauses);
        _nominal = new NominalActors(k.Words);
        _words = k.Words;
        _dates = dates;
        _fatalities = new FatalityReader(numbers);
        _numbers = numbers;
        _named = k.Named;
        _referring = k.Referring;
        _dyadic = k.Dyadic;
        _unnamed = k.Unnamed;
        _dating = new EventDating(k.Named, k.Words, k.Lemmatizer);
        _reporting = k.Patterns.All.Where(p => p.Reporting).Select(p => p.Id).ToHashSet();
        _threats = new ConditionalThreats(k.Words, k.Patterns.All.SingleOrDefault(p => p.Conditional));
        _attribution = k.Patterns.All.SingleOrDefault(p => p.Attribution);
        _expulsion = k.Patterns.All.SingleOrDefault(p => p.AnnouncedExpulsion);
        _obligation = k.Patterns.All.SingleOrDefault(p => p.Obligation);
    }

    public string Name => "code-events";
    public IReadOnlyCollection<string> Requires => [Annotations.Sentences, Annotations.Mentions, Annotations.Entities];
    public IReadOnlyCollection<string> Produces => [Annotations.Events];

    public void Process(Document document)
    {
        var citations = new CitationDates(document, _fullDates);
        var reference = ReferenceDate.Of(document, _fullDates, citations);
        var found = new List<CodedEvent>();
        // For each event found, the kind of time expression that dated it, for the dating pass after the sentences.
        var kinds = new List<string?>();
        // For an event answering an earlier act ("condemned the strikes"), the index of that act, for dating.
        var answers = new Dictionary<int, int>();
        (string Date, int Sentence)? lastDay = null;
        (PartialDate Date, int Paragraph)? narrative = null;
        PartialDate? lastMonth = null;
        int lastMonthParagraph = -1;
        var datesTold = new Dictionary<int, string>();
        bool retrospective = IsRetrospective(document);
        PartialDate? section = null;
        // The day an item's dateline names ("Karachi (Fri 17 Feb)."), for the weekdays of its own paragraph.
        (PartialDate Date, int Paragraph)? itemDay = null;
        // The year of the last date or year told, for "that year".
        PartialDate? lastYear = null;
        // Bare statements: found (they date what follows) but not events.
        var bare = new HashSet<int>();
        // The last attack told by its noun with no attacker, waiting for a claim to name one; kept only when one does.
        (CodedEvent Event, string? Kind)? awaitingClaim = null;
        List<ActorRef> focus = [];
        (ActorRef A, ActorRef B)? pair = null;
        // The last two states (or their governments) seen dealing with each other, for "the two countries", "both governments".
        (ActorRef A, ActorRef B)? statePair = null;
        // The last two states (or governing movements) seen using force on each other, for force with no target named.
        (ActorRef A, ActorRef B, int Sentence)? foes = null;
        // Acts dated by a date of the background, from which no later act is dated.
        var background = new HashSet<CodedEvent>(ReferenceEqualityComparer.Instance);
        // The last armed group told striking inside its own country, for the state's forces answering it.
        (ActorRef Group, int Sentence)? insurgents = null;
        // How often each pair of sides has acted on the other, for mediators: they stand between the article's main pair.
        var dyads = new DyadCounts();
        var mentions = SentenceView.Sorted(document);
        foreach (var sentence in document.Sentences)
        {
            var view = new SentenceView(document, sentence, mentions);
            ActorRef? lastTarget = null;
            // A retrospective runs on from the last month it told; a news report returns to its present between paragraphs.
            // ("On Tuesday a bomber struck ... By 2019 relations had cooled. In March the envoy flew to Kabul": a news report's
            // paragraph that moves to another year tells its months in that year.)
            var story = retrospective || lastMonthParagraph == sentence.Paragraph ? lastMonth : narrative is { } told && sentence.Paragraph == told.Paragraph ? told.Date : (PartialDate?)null;
            var (anchorDate, referred) = Anchor(view, background.Count == 0 ? found : found.Where(e => !background.Contains(e)).ToList(), lastDay);
            var anchor = anchorDate is null ? null : PartialDate.TryParseIso(anchorDate);
            // "The first strikes came in March last year. Two days after seven soldiers were killed ..., jets hit Khost": a
            // month this paragraph has told, with no act of its own dated since, is where its days are counted from, not an
            // act of a paragraph before.
            if (!referred && lastMonthParagraph == sentence.Paragraph && lastMonth is { Month: not null } paragraphMonth
                && (found.LastOrDefault(e => e.Date is { Length: 10 })?.Sentences[^1] is not { } actSentence || document.Sentences[actSentence].Paragraph != sentence.Paragraph))
                anchor = paragraphMonth;
            var times = _dates.Find(view.Text, reference, anchor, story, lastMonth, retrospective, referred ? anchor : null,
                itemDay is { } item && item.Paragraph == sentence.Paragraph ? item.Date : section, lastYear);
            // "Karachi (Fri 17 Feb). Militants stormed ... on Friday evening": an item's own dateline sets the day its
            // paragraph's weekdays are near.
            if (view.Text.Contains('(') && view.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ItemDatelineWords
                && times.FirstOrDefault(x => !x.IsLimit && x.Date is { Day: not null }) is { Date: { } itemDate })
                itemDay = (itemDate, sentence.Paragraph);
            if (times.LastOrDefault(x => !x.IsLimit && x.Kind != DateResolver.Attributive && x.Date is not null) is { } lastTold) lastYear = new PartialDate(lastTold.Date!.Value.Year);
            // "THURSDAY, OCT. 9 - BLASTS IN KABUL": a heading naming a day sets the day its section's weekdays are near
            // ("On Friday" under it is October 10, not the Friday before publication); a heading naming none ends it.
            if (IsSectionHeading(document, sentence))
                section = times.FirstOrDefault(x => !x.IsLimit && x.Date is { Day: not null })?.Date;
            // "ISLAMABAD, March 19 (Agency) - Pakistani aircraft struck ... on Monday": the dateline dates the report, not the act.
            // (Only where the sentence tells a date of its own; otherwise the report's day is the best there is.)
            if (Datelines.Lead().Match(view.Text) is { Success: true } dateline && times.Any(x => x.Start >= dateline.Length && x.Date is not null && !x.IsLimit))
                times = [.. times.Where(x => x.Start >= dateline.Length)];
            // The last month told, for "the following month" in a later sentence.
            // ("the following summer" dates its act to the year, but moves the story on to the summer; so does a state
            // that lasted into it.)
            // (In a retrospective, a time counted from the present is an aside: "'We could only listen,' Saif told me last
            // month" does not move the story's clock to last month.)
            // (Nor does an earlier act told to measure a gap: "It was eight months after the Taliban had returned to power".)
            // ("Pakistan has not recognised the Taliban government that took power in August 2021": years before the story,
            // a date in a relative clause tells a noun's background, not where the story has got to.)
            var storyBefore = lastMonth ?? anchor ?? reference;
            // ("the first tariff cut since the Taliban seized Kabul in August 2021": nor in a "since" phrase.)
            bool Background(TimeExpression x) => storyBefore is { } now && x.Date is { } d && d.Year < now.Year - 1
                && (EventDating.InRelativeClause(view.Text.AsSpan(0, x.Start)) || EventDating.InSincePhrase(view.Text.AsSpan(0, x.Start)));
            // ("Yet that is what happened last week. Muttaqi arrived in India on 9 October": a short sentence of its own that
            // closes on the time brings even a retrospective back to it.)
            if (times.LastOrDefault(x => (!x.IsLimit || x.Ends) && x.Reached is { Month: not null } && !(retrospective && x.Kind == "relative" && !ClosesShortSentence(view.Text, x))
                    && x.Kind != DateResolver.Earlier && !Background(x)) is { } monthTold)
                (lastMonth, lastMonthParagraph) = (monthTold.Reached, sentence.Paragraph);
            // "The following year ...", "Last year opened no better": a year the story moves to starts its clock afresh.
            // ("By 2023 Islamabad's patience was fraying. In February ...": a year opening the sentence, even after "by".)
            else if (times.LastOrDefault(x => ((!x.IsLimit && (x.Kind == "anaphoric" || (x.Kind == "relative" && OpensWithYear(view.Text, x)))) || (x.Kind == "year" && OpensWithYear(view.Text, x)))
                    // (A new paragraph opening on the year told last still moves the story there: a heading "March to
                    // September 2024", then "By 2024 the fighting had moved ... On March 16 ...".)
                    && x.Date is { Month: null } d && (d.Year != lastMonth?.Year || (lastMonthParagraph != sentence.Paragraph && x.Kind != "anaphoric"))) is { } yearTold)
                (lastMonth, lastMonthParagraph) = (new PartialDate(yearTold.Date!.Value.Year, 1), sentence.Paragraph);
            // "Beijing has since acted as a broker": a sentence that brings the story up to now, telling no date of its own,
            // ends the narrative's clock; year-less dates after it are of the present ("On May 21 ..." this year).
            if (EventDating.BringsUpToNow(view.Text) && !times.Any(x => x.Date is not null))
                (lastMonth, lastMonthParagraph, narrative) = (null, -1, null);
            // The date each sentence tells, for the acts of the next ones that tell none ("The crisis began on the night of
            // October 9, when explosions were heard in Kabul. The Taliban accused Pakistan ...").
            // ("Pakistan on Monday carried out strikes, two days after seven soldiers were killed": the earlier act's day is
            // not the sentence's.)
            // ("It was the deadliest raid since Pakistan's strikes in Kunar in April 2022": a date in a "since" clause only
            // measures time.)
            var ownTimes = times.Where(x => !x.IsLimit && x.Date is { Month: not null } && !EventDating.InSincePhrase(view.Text.AsSpan(0, x.Start)) && !Background(x)).ToList();
            if ((ownTimes.LastOrDefault(x => x.Kind != DateResolver.Earlier) ?? ownTimes.LastOrDefault()) is { } toldHere)
                datesTold[sentence.Index] = toldHere.Date!.Value.ToString();
            // The month and year the story has reached, for months it names next without a year.
            if (times.LastOrDefault(x => x.Kind == "full" && !x.IsLimit && x.Date is { Month: not null }) is { } dated) narrative = (dated.Date!.Value, sentence.Paragraph);
            // The last day the text has named, for "that night" in the next sentence even where no act was coded.
            // ("The trucks have not moved since October 12. Drivers parked there that morning ...": the day a state began counts.)
            if (times.LastOrDefault(x => (!x.IsLimit || x.Since) && x.Date is { Day: not null }) is { } dayNamed) lastDay = (dayNamed.Date!.Value.ToString(), sentence.Index);
            var triggers = _triggers.Find(view).ToList();
            var deaths = Deaths(view, triggers);
            var firstVerb = triggers.FirstOrDefault(t => t.Pattern.Kind == PatternKind.Verb)?.Start ?? view.Count;
            var main = _clauses.MainSubjects(view, firstVerb);
            bool mainPassive = triggers.FirstOrDefault(t => t.Pattern.Kind == PatternKind.Verb) is { } first && _clauses.IsPassive(view, first);
            // ("On 24 December he was still in Kabul, meeting Muttaqi": the pronoun subject of a main verb that codes nothing.)
            var mainOrFocus = main.Count == 0 && (_clauses.IsPronounSubject(view, firstVerb)
                || Enumerable.Range(0, firstVerb).Any(k => view.Lower[k] is "was" or "were" or "is" or "are" && _clauses.IsPronounSubject(view, k))) ? focus : main;
            List<ActorRef> previousVerb = [];
            // The code of the act previousVerb's subjects did.
            string? previousCode = null;
            // Where that verb ends.
            int previousVerbEnd = -1;
            // The subject of the last clause joined by ", and" with one of its own, for pronouns in the next sentence.
            List<ActorRef>? joinedSubjects = null;
            int sentenceFirst = found.Count;
            // Attacks named with no attacker, for a claim of responsibility in the same sentence to own.
            List<(Trigger Trigger, ActorRef? Target)> unclaimed = [];
            // Whether a claim here told a new attack of its own ("claimed an attack on a post"), naming no earlier one.
            bool claimedNew = false;
            // The triggers that coded an event, for the deaths the others read.
            var codedTriggers = new HashSet<Trigger>(ReferenceEqualityComparer.Instance);
            // A headline restates what the body reports; coding it would count the act twice.
            if (IsHeadline(document, sentence)) triggers.Clear();
            // "talks between Pakistani officials and TTP leaders, which produced a ceasefire": the sides an act's noun names
            // with "between", the pair of a mutual act after it. ("amid tensions between India and Pakistan" names no pair.)
            var sidesNamed = _nominal.PairBetween(view, 0) is { } sidesFound && triggers.Any(x => x.End < sidesFound.At && sidesFound.At - x.End <= BetweenReach)
                ? sidesFound : ((ActorRef A, ActorRef B, int At)?)null;
            foreach (var candidate in triggers)
            {
                var trigger = candidate;
                if (_clauses.NotAsserted(view, trigger) is not null) continue;
                // "a bomber killed 54 people at a political rally": a gathering where a blow fell is its setting, not a protest.
                if (trigger.Pattern.Kind == PatternKind.Noun && trigger.Pattern.Code[..2] == "14"
                    && Enumerable.Range(Math.Max(0, trigger.Start - 3), Math.Min(3, trigger.Start)).Any(k => view.Lower[k] == "at")
                    && triggers.Any(x => x.End < trigger.Start && IsViolent(x.Pattern.Code)))
                    continue;
                // "How did a process that the Taliban had offered to guarantee end this way?", '"What did they have to do
                // with Pakistan's war?" he asked.': a question, quoted or not, asserts nothing.
                if (Enumerable.Range(trigger.End + 1, Math.Max(0, view.Count - trigger.End - 1)).Any(k => view.Lower[k] == "?")) continue;
                // "Islamabad said the strikes had targeted TTP hideouts": an act the text names as the subject is told
                // again, not done again; the noun codes it.
                // (Only a definite one: "A Pakistani drone strike killed five TTP commanders" tells a new act and its victims.)
                if (trigger.Pattern.Kind == PatternKind.Verb && IsViolent(trigger.Pattern.Code) && ClauseReader.SubjectEndBefore(view, trigger.Start) is { } subjectEnd
                    && subjectEnd > 0 && view.Lower[subjectEnd - 1] is "the" or "these" or "those" or "its" or "their"
                    && (_triggers.NounAt(view, subjectEnd) is { } subjectAct && IsViolent(subjectAct.Pattern.Code) || _referring.RootsOf(view.Lower[subjectEnd]) is { } roots && roots.Any(IsViolent)))
                    continue;
                if (trigger.Pattern.Reporting && ClauseReader.IsParentheticalReport(view, trigger.Start)) continue;
                // "\"How can refugees come back carrying weapons?\" he asked.": asking a question is no appeal.
                if (trigger.Pattern.Kind == PatternKind.Verb && trigger.Pattern.Code[..2] == "02" && AsksQuestion(view, trigger)) continue;
                // "A ceasefire was agreed in Doha": the truce named as the passive's subject is the act; the verb that
                // brought it about, with no agent, is not a second one ("talks were mediated by Qatar" still codes Qatar).
                if (trigger.Pattern.Kind == PatternKind.Verb && trigger.Start >= 2 && view.Lower[trigger.Start - 1] is "was" or "were"
                    && _clauses.IsCreation(view.Lower[trigger.Start]) && _clauses.Agents(view, trigger.VerbEnd).Count == 0
                    && triggers.Any(x => x.Pattern.Kind == PatternKind.Noun && x.Pattern.Mutual && x.End == trigger.Start - 2))
                    continue;
                // "..., Pakistan bombed hideouts in Khost, killing eight people": a participle belongs to the verb just before
                // it, not to the sentence's first clause ("two days after militants killed seven soldiers").
                // The subject of a passive main clause suffered the act; it did not do what the participle says
                // ("Chinese engineers have been attacked ...: a suicide bomber rammed a vehicle ..., killing five").
                var governing = trigger.Pattern.Kind == PatternKind.Verb && view.Lower[trigger.Start].EndsWith("ing") && _clauses.IsParticipleClause(view, trigger)
                    ? previousVerb.Count > 0 ? previousVerb : mainPassive ? [] : mainOrFocus
                    : main;
                // "Police in Quetta said they had detained ...": a pronoun opening what was said is its nameless speaker.
                if (governing.Count == 0 && _clauses.OpensReportedSpeech(view, trigger.Start)
                    && found.Skip(sentenceFirst).LastOrDefault(e => e.Code == PlainStatement) is { } saying)
                    governing = [saying.Actor1];
                // (Nameless doers at a place the gazetteer does not know, "gunmen shot dead a driver in Gulibagh", are of the
                // state of the place named just before it, the dateline's town; not of the scene of the acts told before.)
                var (subjects, target) = Actors(view, trigger, governing, mainOrFocus.Count > 0 ? mainOrFocus : focus, lastTarget,
                    () => UnknownPlace(view, trigger) ? PlaceBefore(view, trigger.Start, reach: 2, p => p.Country is { Length: 3 })?.Country : Scene(found, view.Sentence.Index));
                // "the government and the TTP agreed a ceasefire": "the government" beside an insurgency is the one it fights,
                // whichever government the text named last.
                if (subjects.Count == 2 && subjects.FirstOrDefault(IsInsurgency) is { } insurgency
                    && subjects.FirstOrDefault(IsGovernmentReference) is { } government && government.Country != insurgency.Country)
                    subjects = [.. subjects.Select(x => ReferenceEquals(x, government) ? GovernmentOf(insurgency.Country!, government.Name) : x)];
                // "border forces exchanged fire near the crossing": forces named by their kind trading fire at a place on a
                // border are its two sides, the pair in view where that is theirs.
                if (subjects.Count == 0 && target is null && IsViolent(trigger.Pattern.Code)
                    && BorderSides(view, trigger, foes is { } lastFoes ? (lastFoes.A, lastFoes.B) : pair) is var (borderA, borderB))
                    (subjects, target) = ([borderA], borderB);
                // "the ministry said the attack had been planned by TTP commanders": a statement naming the author of an
                // act accuses that author.
                // ("said the delegation asked the Taliban to act against TTP leaders based in Afghanistan" reports the appeal.)
                if (trigger.Pattern.Reporting && _attribution is not null && subjects is [{ Role: null or "GOV" or "MIL" or "SPY" or "COP" } speaker]
                    && _clauses.Attributed(view, trigger.VerbEnd, speaker) is var (author, phrase)
                    && !triggers.Any(x => x.Start > trigger.VerbEnd && x.Start < phrase && x.Pattern.Kind == PatternKind.Verb && x.Pattern.Code[..2] is "02" or "10"))
                    (trigger, target) = (trigger with { Pattern = _attribution }, author);
                // "A Taliban official said Pakistani troops had opened fire first": a state telling of force another state's
                // forces used accuses them.
                else if (trigger.Pattern.Reporting && _attribution is not null && subjects is [{ Role: null or "GOV" or "MIL" or "SPY" or "COP", Country.Length: 3 } teller]
                    && !IsNonState(teller) && ForceTold(view, trigger, triggers, teller) is { } forces)
                    (trigger, target) = (trigger with { Pattern = _attribution }, forces);
                // "Tehran announced that undocumented Afghans had to leave by July 6": a threat to those who must go.
                else if ((trigger.Pattern.Reporting || trigger.Pattern.Code == "130") && _expulsion is not null && subjects is [{ Role: null or "GOV" or "MIL" or "COP" } announcer]
                    && _clauses.AnnouncedExpulsion(view, trigger.VerbEnd, announcer) is (true, var leaving))
                    // ("those who remained would be deported": the foreign people the text has just named.)
                    (trigger, target) = (trigger with { Pattern = _expulsion }, leaving ?? PeopleInView(view, announcer));
                // "The defence ministry promised that the attack would not go unanswered": a threat against whoever struck
                // the speaker's side last, unless the statement names someone.
                else if ((trigger.Pattern.Reporting || trigger.Pattern.Code is "030" or "130" || trigger.Pattern.Conditional) && _threats.Pattern is { } force
                    && subjects is [{ Role: null or "GOV" or "MIL" } vower] && _clauses.VowsResponse(view, trigger.VerbEnd, vower, out var struck))
                    // ("would respond to anyone who crossed its borders": those who come from across the border are of the state
                    // across it, the other of the two states last seen dealing with each other.)
                    (trigger, target) = (trigger with { Pattern = force }, target is null && struck is null && _clauses.FromAcrossBorder(view, trigger.VerbEnd)
                        && CounterpartIn(vower, statePair) is { } overBorder ? overBorder : ThreatTarget(vower, target ?? struck, found, pair));
                // "said Kabul must hand the perpetrators over": what a speaker says another side must do, it demands of it; so
                // is what its own side will do only once the other acts ("the crossing would remain closed until Kabul ...").
                else if (trigger.Pattern.Reporting && _obligation is not null && subjects is [{ } obliging]
                    && (_clauses.Obliged(view, trigger.VerbEnd, obliging) ?? _clauses.ConditionedOn(view, trigger.VerbEnd, obliging)) is { } obliged)
                    (trigger, target) = (trigger with { Pattern = _obligation, ToldInComplement = true }, obliged);
                // "rejected the accusations, saying Pakistan should ...": the participle tells how the act before it was
                // done; it is that act, not a second statement by the same actor.
                if (trigger.Pattern.Reporting && view.Lower[trigger.Start] == "saying"
                    && found.Skip(sentenceFirst).Any(e => !_reporting.Contains(e.PatternId) && subjects.Any(x => x.Key == e.Actor1.Key)))
                    continue;
                // "both sides", "the two countries": the pair of actors last seen acting on each other.
                // It names the pair even where a pronoun rule found the actor in focus ("with both sides accusing each other").
                // ("the two delegations sat down for talks hosted by Türkiye": a passive's agent acts, not the pair before it.)
                // (With no pair seen acting yet, the two sides last named: "the Frontier Corps objected to a structure Afghan
                // forces were building ... the two forces exchanged heavy fire".)
                var pairNoun = _clauses.PairBefore(view, trigger.Start, out var pairPossessed);
                var pairNamed = pairNoun is not null && ClauseReader.NamesStates(pairNoun) ? statePair ?? pair : pair;
                if (trigger.Pattern.Kind == PatternKind.Verb && pairNoun is not null && !_clauses.IsPassive(view, trigger)
                    && (pairNamed ?? LastNamedPair(view)) is { } p)
                {
                    var named = pairPossessed ?? pairNoun!;
                    (subjects, target) = ([AsNamed(p.A, named)], AsNamed(p.B, named));
                }
                // "urged both sides to show restraint": an outsider addresses the pair, which stays the pair.
                bool outsider = false;
                if (target is null && pair is { } q && _clauses.PairAfter(view, trigger.VerbEnd) && subjects.Count > 0)
                {
                    outsider = !ActorSides.Same(subjects[0], q.A) && !ActorSides.Same(subjects[0], q.B);
                    target = ActorSides.Same(subjects[0], q.A) ? q.B : q.A;
                }
                // "hosted talks in Kabul between Pakistani officials and TTP leaders": a third party acts on the sides it names.
                // (Only a "between" that the act's own object phrase holds, a few words on with no comma before it.)
                if (trigger.Pattern.ThirdParty && subjects.Count > 0 && _nominal.PairBetween(view, trigger.End) is { } hosted
                    && hosted.At - trigger.End <= BetweenReach && !Enumerable.Range(trigger.End, hosted.At - trigger.End).Any(k => view.Lower[k] is "," or ";")
                    && subjects.All(x => !ActorSides.Same(x, hosted.A) && !ActorSides.Same(x, hosted.B)))
                    target = hosted.A;
                // ("Qatar, which mediated with Turkey": a mediator "with" another mediates beside it, not on it.)
                if (target is not null && trigger.Pattern.ThirdParty && trigger.VerbEnd + 2 < view.Count && view.Lower[trigger.VerbEnd + 1] == "with"
                    && view.ActorAt(trigger.VerbEnd + 2)?.Key == target.Key && !IsNonState(target) && target.Country is not null && subjects.All(x => !ActorSides.Same(x, target)))
                    target = null;
                // "After talks hosted by China, Pakistan and Afghanistan agreed ...": the sides the sentence goes on to have act
                // together.
                if (target is null && trigger.Pattern.ThirdParty && subjects.Count > 0
                    && triggers.Where(x => x.Start > trigger.End && x.Pattern.Kind == PatternKind.Verb).Select(x => _clauses.Subjects(view, x.Start)).FirstOrDefault(x => x.Count >= 2)
                        is [var sideA, var sideB, ..] && !ActorSides.Same(sideA, sideB) && subjects.All(x => !ActorSides.Same(x, sideA) && !ActorSides.Same(x, sideB)))
                    target = sideA;
                // A mediator acts between others ("the talks were mediated by Qatar"): the article's main pair, unless the
                // mediator is one of it ("the Afghan Taliban's mediation" between Pakistan and the TTP), else the pair last seen.
                if (target is null && trigger.Pattern.ThirdParty && subjects.Count > 0
                    && new[] { dyads.Main, pair }.FirstOrDefault(c => c is { } r && subjects.All(x => x.Key != r.A.Key && x.Key != r.B.Key)) is { } between)
                    target = between.A;
                // "X denounced Y ... and asked Z": a verb coordinated with an earlier one shares its subject.
                bool coordinated = trigger.Pattern.Kind == PatternKind.Verb && _clauses.IsCoordinatedVerb(view, trigger.Start);
                // ("told the session that the TTP was still launching attacks from across the border and called on Kabul to act":
                // a statement joined after the act a statement reports is the speaker's, not the doer's.)
                if (coordinated && previousVerb.Count > 0 && previousCode is { } doneBefore && CameoCodes.Quad(doneBefore) is 2 or 4 && CameoCodes.IsStatement(trigger.Pattern.Code)
                    && found.Skip(sentenceFirst).FirstOrDefault(e => _reporting.Contains(e.PatternId)) is { } reported && previousVerb.All(x => !ActorSides.Same(x, reported.Actor1)))
                    previousVerb = [reported.Actor1];
                // "said Afghan authorities had tried to build posts and had opened fire": a verb joined inside what was said has
                // the subject of what was said, not the speaker.
                // (A statement joined so is the speaker's: "said Pakistan would not accept it and urged Kabul to ...".)
                if (coordinated && !CameoCodes.IsStatement(trigger.Pattern.Code) && previousCode == PlainStatement && previousVerbEnd >= 0
                    && _clauses.ComplementSubject(view, previousVerbEnd, trigger.Start) is { } saidSubject)
                    previousVerb = [saidSubject];
                // (Not a participle of force joined to a passive, "had been detained and deported": it shares that passive's
                // agent, not the subject of the last active verb; "had been killed and called for an inquiry" calls.)
                if (coordinated && previousVerb.Count > 0
                    && !(string.CompareOrdinal(trigger.Pattern.Code[..2], "15") >= 0 && _clauses.JoinedToPassive(view, trigger.Start)))
                    // ... and with no object of its own, acts on the same target ("restricted trade with X ... and tightened visa rules").
                    // (An appeal's or demand's addressee stands before its infinitive, or opens its "that" clause: "summoned the
                    // envoy and demanded that the Taliban hand over the TTP leadership" is addressed to the Taliban.)
                    (subjects, target) = (previousVerb, trigger.Pattern.Addressee ? _clauses.AddresseeAfter(view, trigger.VerbEnd, previousVerb[0].Key) : _clauses.Object(view, trigger.VerbEnd, previousVerb[0].Key,
                            trigger.Pattern.Code[..2] is "02" or "10" ? AddresseeEnd(view, trigger.VerbEnd)
                            : CameoCodes.IsStatement(trigger.Pattern.Code) ? _clauses.ComplementStart(view, trigger.VerbEnd, refusal: IsRefusal(trigger.Pattern.Code)) : null)
                        // ("summoned the ambassador and warned that further incursions would not be tolerated": a warning with no
                        // one named after an act on someone is addressed to them.)
                        ?? target ?? ((trigger.Pattern.NeedsTarget && trigger.Pattern.Code[..2] != "13") || NamelessAddressee(view, trigger.VerbEnd) ? null : lastTarget));
                // "Torkham was shut on February 21", "The crossing reopened on March 19": a crossing closed or opened with no one
                // named, by a state it joins, towards the state across it.
                // (Only an act told in the past: not "Closing the border punishes traders", "Open the border first", nor a
                // headline's "Torkham reopens".)
                if (subjects.Count == 0 && target is null && OpensOrShuts(trigger.Pattern.Code) && trigger.Pattern.Kind == PatternKind.Verb
                    && _lemmatizer.IsPastForm(view.Lower[trigger.Start]) && CrossingSides(view, trigger, found, dyads.Main ?? pair) is var (shutter, across))
                    (subjects, target) = ([shutter], across);
                // "Pakistan reopened the Chaman crossing": one of the states a crossing joins, closing or opening it, does so
                // towards the other.
                else if (subjects is [{ Country.Length: 3 } opener] && target is null && !IsNonState(opener) && OpensOrShuts(trigger.Pattern.Code)
                    && CrossingSides(view, trigger, found, dyads.Main ?? pair) is var (joinedA, joinedB))
                    target = opener.Country == joinedA.Country ? joinedB : opener.Country == joinedB.Country ? joinedA : null;
                // "a ceasefire for the month of November", "called off the truce": between the pair last seen dealing with each other.
                // A definite noun ("the talks") re-mentions an act already coded; only a new one, told with its own date ("a
                // truce in June 2022"), is filled in.
                // (Sides named with "between" before it in the sentence are the pair.)
                // ("the two defence ministers signed a ceasefire": a pair named as states is the states last seen dealing.)
                if (trigger.Pattern.Mutual && (sidesNamed is { } betweenSides && betweenSides.At < trigger.Start ? (betweenSides.A, betweenSides.B) : pairNamed) is { } mutual)
                {
                    if (subjects.Count == 0 && target is null && _clauses.IsIndefinite(view, trigger.Start) && HasOwnDate(view, trigger, times)
                        && _clauses.CreatedBy(view, trigger.Start))
                        (subjects, target) = ([mutual.A], mutual.B);
                    // "Four days of talks in Istanbul ended on 29 October": talks told by how they went are the article's
                    // main pair's.
                    // ("The next round, in Istanbul, nearly collapsed": one of a series named by its place in it is new undated too.)
                    else if (subjects.Count == 0 && target is null && trigger.Pattern.Kind == PatternKind.Noun
                        && (HasOwnDate(view, trigger, times) || trigger.Pattern.Series && ClauseReader.OrdinalBefore(view, trigger.Start))
                        && _clauses.NewSubjectOfCourse(view, trigger.Start, trigger.End, trigger.Pattern.Series) && (dyads.Main ?? mutual) is { } parties)
                        (subjects, target) = ([parties.A], parties.B);
                    // "A ceasefire was agreed in Doha on October 19": a truce or talks agreed in the passive, with no agent,
                    // are between the pair.
                    else if (subjects.Count == 0 && target is null && trigger.Pattern.Kind == PatternKind.Verb && _clauses.IsPassive(view, trigger)
                        && HasOwnDate(view, trigger, times))
                        (subjects, target) = ([mutual.A], mutual.B);
                    // (Not an insurgency's: its truce or talks with no other side named are with its own government, below,
                    // whoever was last seen dealing with it.)
                    else if (target is null && subjects.Count == 1 && trigger.Pattern.Kind == PatternKind.Verb && !IsInsurgency(subjects[0]))
                        target = ActorSides.Counterpart(subjects[0], mutual);
                }
                // An insurgency deals with its own country's government, whichever government the text named last.
                if (subjects is [{ Group: not null, Role: "INS" or "REB", Country: { Length: 3 } rebelHome }])
                {
                    // "The TTP called off the truce", its truce "with the government", "the government and the TTP agreed a
                    // ceasefire": a group's truce or talks with no other side named are with its own government.
                    if (trigger.Pattern.Mutual && (target is null || IsGovernmentReference(target) || _clauses.GovernmentBeside(view, trigger.Start)))
                        target = GovernmentOf(rebelHome);
                    // "the TTP accused the government of failing to free its prisoners".
                    else if (target is { } named && IsGovernmentReference(named) && named.Country != rebelHome)
                        target = GovernmentOf(rebelHome, named.Name);
                }
                // "the Ministry of Foreign Affairs summoned Pakistan's chargé d'affaires in Kabul": no state summons its own
                // envoy; the state where the envoy serves does.
                if (trigger.Pattern.Code == "114" && target is { Country.Length: 3 } envoy && (subjects.Count == 0 || subjects is [var summoner] && ActorSides.Same(summoner, envoy))
                    && Place(view, trigger) is { Country: { Length: 3 } host } post && host != envoy.Country)
                    subjects = [HostGovernment(view, post)];
                if (subjects.Count == 0)
                {
                    if (trigger.Pattern.Kind == PatternKind.Noun && IsViolent(trigger.Pattern.Code)) unclaimed.Add((trigger, target));
                    continue;
                }
                bool activeVerb = trigger.Pattern.Kind == PatternKind.Verb && !_clauses.IsPassive(view, trigger);
                if (activeVerb) (previousVerb, previousCode, previousVerbEnd) = (subjects, trigger.Pattern.Code, trigger.VerbEnd);
                if (activeVerb && _clauses.CoordinatedClauseBefore(view, trigger.Start) is not null)
                    joinedSubjects = subjects;
                // "India, which Pakistan also accused of sponsoring the attack": the actor the clause hangs on is the object.
                if (activeVerb && ClauseReader.ObjectRelativeAntecedent(view, trigger.Start) is { } hungOn && subjects.All(x => !ActorSides.Same(x, hungOn)))
                    target = hungOn;
                // "condemned the strikes as a violation of Afghanistan's sovereignty": the act the object refers to names
                // the target before any actor later in the clause.
                // (A statement recoded as an accusation keeps the author it names.)
                var answered = trigger.Pattern.Attribution ? null : ReferredEvent(view, trigger, found, subjects[0]);
                target = answered?.Actor1 ?? target;
                // "China also condemned the attack": an outsider condemning an attack whose doers no one named condemns it, with
                // no one to target (nameless militants abroad are no actor it blames). A government condemning nameless
                // militants in its own country condemns them.
                bool namelessAttack = trigger.Pattern.Code[..2] == "11" && ReferringObject(view, trigger) is { } condemned && condemned.Any(IsViolent)
                    && (answered is null ? !found.Any(e => IsViolent(e.Code)) : answered.Actor1 is { Group: null, Role: "INS" } doers && doers.Country != subjects[0].Country);
                if (namelessAttack && answered is not null) target = null;
                // "issued an ultimatum ..., targeting mainly Afghan migrants": a participle names whom the act aims at.
                if (target is null && !trigger.Pattern.NoObject) target = _clauses.TargetingPhrase(view, trigger.End, subjects[0].Key);
                // "Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar": two sides agreeing a truce or
                // talks agree them with each other, whoever else the clause names.
                // (Only where the other actor named is a mediator or host, an agent after "by": "Pakistan and China signed an
                // agreement with Afghanistan" is theirs with Afghanistan.)
                if (trigger.Pattern.Mutual && !trigger.Pattern.ThirdParty && subjects.Count == 2 && !ActorSides.Same(subjects[0], subjects[1]) && !_clauses.IsPassive(view, trigger)
                    && (target is null || AfterBy(view, target)))
                    (subjects, target) = ([subjects[0]], subjects[1]);
                // "Pakistani and Afghan troops traded fire", "Pakistan and the TTP agreed to a ceasefire": two actors
                // acting together with no other target act on each other, one event.
                // Not so for what two say or ask together ("Saudi Arabia and Iran urged a negotiated solution") or give together
                // ("Uzbekistan and Kazakhstan sent supplies"), unless they do it to each other ("accused each other").
                // ("Pakistan, Afghanistan and Uzbekistan signed a framework agreement": three or more dealing with each other
                // are one event too, between the first two named; three imposing sanctions together are a coalition.)
                if (target is null && (subjects.Count == 2 || (subjects.Count > 2 && (trigger.Pattern.Mutual || trigger.Pattern.Code[..2] is "03" or "04" or "05" or "06" or "08")))
                    && subjects.DistinctBy(x => x.Key).Count() == subjects.Count && !trigger.Pattern.NoObject
                    && !trigger.Pattern.ThirdParty && !_clauses.IsPassive(view, trigger) && (trigger.Pattern.Code[..2] is not ("01" or "02" or "07" or "10" or "11" or "12" or "13") || _clauses.Reciprocal(view, trigger.VerbEnd)))
                    (subjects, target) = ([subjects[0]], subjects[1]);
                // "Kabul has denied that ...": a denial or rejection with no named target answers the last accusation against its subject.
                // With none, a denial after a strike on its side ("Mujahid denied that any of those killed were militants") answers the striker.
                if (target is null && trigger.Pattern.Code is "016" or "120" && subjects.Count == 1)
                    target = found.LastOrDefault(e => e.Root == "11" && e.Actor2?.Key == subjects[0].Key)?.Actor1
                        ?? (trigger.Pattern.Code == "016" && _clauses.ComplementStart(view, trigger.VerbEnd) is not null ? StruckBy(found, subjects[0]) : null)
                        // With neither, a denial ("a charge the Taliban deny", "denies harbouring them") or the rejection of a
                        // charge no act before made ("rejected suggestions that the bomber had come from Afghanistan") answers
                        // the other side of the article's main pair, else of the pair in view.
                        ?? (trigger.Pattern.Code == "016" || ChargeRefused(view, trigger)
                            // ("attacks that Islamabad says are planned by militants in Afghanistan. Kabul denies harbouring
                            // them": what another side said just before.)
                            ? found.LastOrDefault(e => e.Code == PlainStatement && !ActorSides.Same(e.Actor1, subjects[0]) && view.Sentence.Index - e.Sentences[^1] <= 1)?.Actor1
                                ?? AsStateAddressed(subjects[0], CounterpartIn(subjects[0], dyads.Main, pair))
                            : null);
                // "condemned what he called a violation of Afghanistan's territory": no side condemns itself; a criticism
                // naming its own side answers whoever last struck that side.
                if (target is not null && subjects.Count == 1 && trigger.Pattern.Code[..2] is "11" or "12" && ActorSides.Same(target, subjects[0])
                    && StruckBy(found, subjects[0]) is { } striker)
                    target = striker;
                // "demanded verifiable action against TTP sanctuaries": the demand is not addressed to the TTP.
                if (target is not null && trigger.Pattern.Code[..2] is "02" or "10" && trigger.Pattern.Kind == PatternKind.Verb
                    && _clauses.ObjectAfterAgainst(view, trigger.VerbEnd, target))
                    target = pair is { } asked && subjects is [{ Role: not "CVL" } asker] ? ActorSides.Counterpart(asker, asked) : null;
                // "pressed his hosts to act", "Kabul protested", "the Taliban have repeatedly objected to the drive": an appeal,
                // demand, complaint or rejection with no one named is addressed to the other side of the pair last seen
                // dealing with each other (not where it names its own side: "criticised the federal government").
                // A refusal answers the side the article has its subject deal with most ("Kabul refuses to act against the
                // TTP" refuses Pakistan), where the subject is one of that pair.
                // (A release is of those it names: "freed their fellow prisoners" frees no one of the other side.)
                if (target is null && trigger.Pattern.Code[..2] is "02" or "08" or "10" or "11" or "12" && trigger.Pattern.Code != Release && subjects.Count == 1 && !NamelessAddressee(view, trigger.VerbEnd)
                    && !NamesOwnSide(view, trigger, subjects[0]))
                {
                    target = trigger.Pattern.Code[..2] == "12" ? CounterpartIn(subjects[0], dyads.Main, pair) : CounterpartIn(subjects[0], pair, dyads.Main);
                    // (A complaint or condemnation still answers the group: "called the shooting a dastardly attempt".)
                    if (trigger.Pattern.Code[..2] is not "11") target = AsStateAddressed(subjects[0], target);
                }
                // "the Afghan delegation proposed a flag meeting", "Muttaqi promised cooperation": an offer with no one named
                // is made to the other side of the pair in view (an outsider's offer names whom it is for).
                // (So is an apology: "Kabul had apologised for Sunday's shelling".)
                if (target is null && (trigger.Pattern.Code[..2] == "03" || trigger.Pattern.Code == Apology) && subjects.Count == 1 && !NamelessAddressee(view, trigger.VerbEnd)
                    && pair is { } offered && ActorSides.Counterpart(subjects[0], offered) is { } taker)
                    target = taker;
                // "China urged restraint": outsiders calling for calm call on the pair in focus, the last two to fight where
                // there are any (not the mediator who hosted them last).
                if (target is null && trigger.Pattern.Code[..2] == "02" && (foes is { } f ? (f.A, f.B) : pair) is { } fighting && subjects.Count > 0
                    && subjects.All(x => ActorSides.Counterpart(x, fighting) is null) && _clauses.CallsForCalm(view, trigger.VerbEnd))
                    (target, outsider) = (fighting.A, true);
                // "traders ..., demanding that the government reopen the gate": people with no one named address their own government.
                if (target is null && trigger.Pattern.Code[..2] is "02" or "10" && subjects is [{ Role: "CVL", Country: { } own }])
                    target = GovernmentOf(own);
                var place = Place(view, trigger);
                // "The Taliban closed the Torkham crossing": shutting or reopening a crossing between two states, with no one
                // named, is done to the state on its other side.
                // (A crossing the gazetteer places in the other state only leads there: "Iran reopened the Milak crossing".)
                if (target is null && OpensOrShuts(trigger.Pattern.Code) && subjects is [{ Country: { } closer }] && place is { Kind: "crossing", Country: { } crossingSides }
                    && crossingSides.Split('|') is var joined && (joined is [_, _] && joined.Contains(closer) || joined is [var beyond] && beyond != closer))
                    target = GovernmentOf(joined.First(c => c != closer));
                // "Relations with the government in Kabul were tense. Qureshi flew there in October": "there" is the place
                // named last, in this sentence or the two before, and a visit there is to its government.
                if (target is null && trigger.VerbEnd + 1 < view.Count && view.Lower[trigger.VerbEnd + 1] == "there" && subjects.Count == 1
                    && PlaceBefore(view, trigger.VerbEnd) is { Country: { Length: 3 } visited } there && visited != subjects[0].Country)
                    (target, place) = (HostGovernment(view, there), there);
                // "would upgrade its mission in Kabul to an embassy": diplomatic dealings at a post abroad are with the
                // government there.
                // ("held talks in Kabul on easing transit": talks or a visit abroad with no one named are with the government there.)
                // (Talks are with the host only where the host is the other side the article has the speaker deal with:
                // "Taliban negotiators held talks in Doha" are not with Qatar.)
                if (target is null && (trigger.Pattern.Code == "050" || (trigger.Pattern.Code[..2] == "04" && !trigger.Pattern.ThirdParty)) && subjects.Count == 1
                    && !IsNonState(subjects[0]) && place is { Country: { Length: 3 } abroad } mission && abroad != subjects[0].Country
                    && (trigger.Pattern.Code == "050" || CounterpartIn(subjects[0], dyads.Main)?.Country == abroad || CounterpartIn(subjects[0], pair)?.Country == abroad
                        // ("Dar arrived in Kabul": a visit to a capital that stands for its government is a visit to that government.)
                        || (trigger.Pattern.Code == "042" && CapitalGovernment(view, mission) is not null)))
                    target = HostGovernment(view, mission);
                // "opened camps where returnees receive meals": aid to nameless people goes to the people of the country
                // where it is given, else of the giver's own country; at a border crossing, the giver's side of it.
                if (target is null && trigger.Pattern.Code[..2] is "07" && _clauses.NamesBeneficiaries(view, trigger.VerbEnd)
                    && (place?.Country is { } given && given.Split('|') is var sides
                        ? (sides.Contains(subjects[0].Country) ? subjects[0].Country : sides[0]) : subjects[0].Country) is { Length: 3 } people)
                    target = new ActorRef(people, null, "CVL", people);
                // "traders blocked the highway": a crowd's act with no other target is against its own government.
                if (target is null && trigger.Pattern.Local && !trigger.Pattern.Retaliation && subjects is [{ Role: "CVL", Country: { } home }])
                    target = GovernmentOf(home);
                // "pledged emergency assistance after the earthquake in Kunar": aid given in another country goes to its people.
                if (target is null && trigger.Pattern.Code is "070" or "071" or "072" or "073" && subjects.Count > 0 && place is { Country: { Length: 3 } stricken }
                    && subjects.All(x => x.Country != stricken))
                    target = new ActorRef(stricken, null, "CVL", stricken);
                // "China pledged aid to Afghanistan ... Uzbekistan and Kazakhstan also sent supplies": relief with no one named
                // goes where the relief told just before went.
                if (target is null && trigger.Pattern.Code[..2] == "07" && found.LastOrDefault(e => e.Root == "07" && e.Actor2 is not null
                        && view.Sentence.Index - e.Sentences[0] <= 2 && subjects.All(x => !ActorSides.Same(x, e.Actor2!))) is { } relief)
                    target = relief.Actor2;
                // "prompting Afghan forces to return fire": the answer targets whoever last struck the answering side.
                // (A blow struck on the answering side's soil counts, whoever it aimed at; a blow told with no target only
                // where none was struck at that side.)
                // (A crowd answers only a blow told a few sentences before: thousands marching for peace months later answer
                // no one's raid.)
                var answerable = subjects is [{ Role: "CVL" }] ? found.Where(e => view.Sentence.Index - e.Sentences[^1] <= CrowdAnswerReach).ToList() : found;
                if (target is null && trigger.Pattern.Retaliation && subjects.Count > 0)
                {
                    var lastStriker = (answerable.LastOrDefault(e => IsViolent(e.Code) && Other(e.Actor1, subjects[0])
                            && ((e.Actor2 is { } hit && (hit.Key == subjects[0].Key || hit.Country == subjects[0].Country)) || (e.Location?.Country == subjects[0].Country && e.Actor1.Country != subjects[0].Country)))
                        ?? answerable.LastOrDefault(e => IsViolent(e.Code) && Other(e.Actor1, subjects[0]) && e.Actor2 is null))?.Actor1;
                    // (A warning of force is against someone to name: nameless militants are no one, nor is the warner's own state.)
                    bool warning = trigger.Pattern.Code[..2] == "13";
                    target = warning && lastStriker is { Group: null } && (lastStriker.Role is "INS" or "REB" || lastStriker.Country == subjects[0].Country) ? null : lastStriker;
                }
                // "Shopkeepers began a sit-in on Monday": a crowd's protest that answers no blow is against its own government.
                if (target is null && trigger.Pattern.Local && trigger.Pattern.Retaliation && subjects is [{ Role: "CVL", Country: { } protesting }])
                    target = GovernmentOf(protesting);
                // "UNHCR and IOM urged ...": two names of one actor act once.
                foreach (var actor1 in subjects.DistinctBy(x => x.Key))
                {
                    // The same actor is no target of its own act; a state's civilians and its government are two.
                    var actor2 = trigger.Pattern.NoObject || (target?.Key == actor1.Key && target.Role == actor1.Role) ? null : target;
                    // "troops killed 33 militants": a state's forces strike nameless insurgents, of the country where it happens.
                    if (actor2 is null && IsViolent(trigger.Pattern.Code) && !IsNonState(actor1) && NamelessInsurgents(view, trigger.VerbEnd) is { } militants
                        && (place?.Country ?? actor1.Country) is { Length: 3 } where)
                        actor2 = new ActorRef(where, null, "INS", militants);
                    actor2 ??= TerritorialTarget(trigger.Pattern.CodeFor(IsNonState(actor1)), actor1, place);
                    // "The Taliban administration said Pakistani jets had bombed homes, killing eight": a state's blow that
                    // another state's government reports, with no target or place named, fell on the reporter's soil.
                    if (actor2 is null && place is null && IsViolent(trigger.Pattern.Code) && !IsNonState(actor1) && trigger.Pattern.Kind == PatternKind.Verb
                        && main is [{ Country.Length: 3 } reporter] && !IsNonState(reporter) && reporter.Country != actor1.Country && !subjects.Contains(reporter)
                        // (Only what the reporter says, with no comma between: not "Taliban forces hit posts, and Pakistan hit back",
                        // nor an act told to measure time: "..., the heaviest since the Taliban took power".)
                        && Enumerable.Range(0, trigger.Start).LastOrDefault(k => view.MentionAt[k] is null && (_clauses.Is("saying", view.Lower[k]) || view.Lower[k] == ","), -1) is var says and >= 0
                        && view.Lower[says] != ","
                        && EventDating.SinceClauseStart(view.Text[..(view.Tokens[trigger.Start].Span.Start - view.Sentence.Span.Start)]) < 0)
                        actor2 = StateOf(reporter);
                    // "accused police in Islamabad of raiding homes": a nameless object, of the place it stands in.
                    // (A blow only at civilians so named: "opened fire on protesters".)
                    if (actor2 is null && !trigger.Pattern.NoObject
                        && _unnamed.Object(view, trigger.VerbEnd, place?.Country is { Length: 3 } c ? c : null) is { } nameless
                        // (A state's forces act on its own civilians: "police arrested 20 protesters in Chaman".)
                        && (!ActorSides.Same(nameless, actor1) || (nameless.Role == "CVL" && actor1.Role is "GOV" or "MIL" or "COP"))
                        && (!IsViolent(trigger.Pattern.Code) || nameless.Role == "CVL"))
                        actor2 = nameless;
                    // "Protesters tried to force their way into a post, and the FC opened fire": a state's forces firing with no
                    // target named fire on the crowd the sentence has just named, of their own country.
                    if (actor2 is null && IsViolent(trigger.Pattern.Code) && actor1 is { Role: "MIL" or "COP", Country.Length: 3 } && !IsNonState(actor1)
                        && Enumerable.Range(0, trigger.Start).LastOrDefault(k => view.MentionAt[k] is null && _unnamed.RoleEndingAt(view, k) == "CVL", -1) is var crowd and >= 0)
                        actor2 = new ActorRef(actor1.Country, null, "CVL", view.Tokens[crowd].Text);
                    // "the TTP has since stepped up its attacks": an insurgency with no target or place named fights the
                    // state it rebels against, its own.
                    // (So do nameless militants placed in a country: "militants carried out 99 attacks".)
                    if (actor2 is null && place is null && IsViolent(trigger.Pattern.Code) && actor1 is { Role: "INS" or "REB", Country.Length: 3 })
                        actor2 = StateOf(actor1);
                    // "its forces had struck several points beyond the Durand Line": force used by one side of the pair in view
                    // at the border between them is used on the other.
                    // (With no such pair in view, the two states the article is mostly about: "its forces had struck several
                    // points beyond the hypothetical line".)
                    if (actor2 is null && IsViolent(trigger.Pattern.Code) && trigger.Pattern.Code != Seizure
                        && (foes is { } facing && view.Sentence.Index - facing.Sentence <= FoesReach ? (facing.A, facing.B)
                            : dyads.Main is { } mostly && !IsNonState(mostly.A) && !IsNonState(mostly.B) ? mostly : ((ActorRef, ActorRef)?)null) is { } facingSides
                        && ActorSides.Counterpart(actor1, facingSides) is { } other
                        // (Only at the frontier: "opened fire on protesters", "stormed a compound" are no blows at the foe.)
                        && (place is { Kind: "border" or "crossing" } || (place is null && Enumerable.Range(0, view.Count).Any(k => view.Lower[k] is "border" or "frontier" or "cross-border" or "line"))))
                        actor2 = other;
                    // "Militants stormed the train ... Troops stormed the train on Wednesday": a state's forces using force with no
                    // target named, just after an armed group struck inside their country, strike that group.
                    if (actor2 is null && IsViolent(trigger.Pattern.Code) && actor1 is { Role: "MIL" or "COP", Country.Length: 3 } && !IsNonState(actor1)
                        && insurgents is { } rebels && view.Sentence.Index - rebels.Sentence <= InsurgentsReach && rebels.Group.Country == actor1.Country)
                        actor2 = rebels.Group;
                    // "told all PoR holders to leave", "began expelling card holders", "extended their cards": orders to leave,
                    // expulsions, arrests and papers extended, of people the text does not name as actors, are of the foreign
                    // people it named just before.
                    // (Not one person: "police arrested a journalist" names someone else.)
                    if (actor2 is null && (trigger.Pattern.Code is "139" or "174" or "173" || trigger.Pattern.Holders) && !IsNonState(actor1)
                        && !(trigger.VerbEnd + 1 < view.Count && view.Lower[trigger.VerbEnd + 1] is "a" or "an")
                        && (PeopleInView(view, actor1) ?? (ForeignersNamed(view, trigger) || IsExpulsionNoun(trigger) ? PeopleInView(view, actor1, view.Sentence.Index) : null)) is { } foreigners)
                        actor2 = foreigners;
                    // ("Muttaqi arrived in Kabul": no one visits their own side.)
                    if (trigger.Pattern.Code == "042" && actor2 is not null && ActorSides.Same(actor1, actor2)) actor2 = null;
                    if (trigger.Pattern.NeedsTarget && actor2 is null && !namelessAttack) continue;
                    var (coded, kind) = Build(view, trigger, actor1, actor2, times, deaths, place);
                    // "The Taliban rejected the accusation within hours": hours counted from the act it answers, not the act
                    // told last.
                    if (answered?.Date is { Length: 10 } answeredDay && kind == "anaphoric" && WithinHours().IsMatch(view.Text))
                        coded = coded with { Date = answeredDay };
                    if (answered is not null) answers[found.Count] = found.IndexOf(answered);
                    codedTriggers.Add(trigger);
                    found.Add(coded);
                    kinds.Add(kind);
                    // "the TTP claimed an attack on a military post at Makeen": the claimant carried out the act it claims, when
                    // the act is new to the text ("claimed the attack" names the attackers of one already told; "claimed the
                    // July bombing of a rally in Bajaur", dated, is new).
                    if (coded.Code == ClaimOfResponsibility && trigger.Pattern.Kind == PatternKind.Verb && _triggers.NounAt(view, trigger.End) is { } claimed
                        && IsViolent(claimed.Pattern.Code) && (_clauses.IsIndefinite(view, claimed.Start) || DatedNoun(view, claimed, times)))
                    {
                        claimedNew = true;
                        var claimedPlace = Place(view, claimed);
                        var victim = _nominal.Find(view, claimed).Actor2 ?? TerritorialTarget(claimed.Pattern.CodeFor(IsNonState(actor1)), actor1, claimedPlace)
                            ?? (actor1 is { Group: not null, Role: "INS" or "REB" } ? StateOf(actor1) : null);
                        var (act, actKind) = Build(view, claimed, actor1, victim, times, deaths, claimedPlace);
                        found.Add(act);
                        kinds.Add(actKind);
                    }
                    lastTarget = actor2 ?? lastTarget;
                    // (A side acting on its own country, as the Taliban taking Kabul, is no pair of sides.)
                    if (actor2 is not null && !trigger.Pattern.ThirdParty && !outsider && !ActorSides.Same(actor1, actor2))
                    {
                        pair = (actor1, actor2);
                        if (IsOfficial(actor1) && IsOfficial(actor2)) statePair = pair;
                        dyads.Add(actor1, actor2);
                        if (IsViolent(coded.Code) && coded.Root != "20" && coded.Code != Seizure && !IsNonState(actor1) && !IsNonState(actor2)) foes = (actor1, actor2, view.Sentence.Index);
                    }
                    if (IsViolent(coded.Code) && actor1 is { Role: "INS" } && IsNonState(actor1) && actor2 is { } struck && !IsNonState(struck) && struck.Country == actor1.Country)
                        insurgents = (actor1, view.Sentence.Index);
                    // "thanked Qatar and Türkiye", "urged Pakistan and Afghanistan to talk": each object of a coordination.
                    if (actor2 is not null && ReferenceEquals(actor2, target) && trigger.Pattern.Kind == PatternKind.Verb && !trigger.Pattern.Mutual && !trigger.Pattern.ThirdParty
                        && _clauses.CoordinatedObject(view, trigger.VerbEnd, actor2) is { } also && !ActorSides.Same(also, actor1))
                    {
                        var (second, secondKind) = Build(view, trigger, actor1, also, times, deaths, place);
                        found.Add(second);
                        kinds.Add(secondKind);
                    }
                }
            }
            // "Four soldiers were martyred and 12 militants killed when fighters stormed two posts": deaths read by a verb
            // that coded nothing (no actor stands in its clause) are the toll of the sentence's first violent act.
            // (Only a verb told before the act, and asserted: "a week after an attack killed 12 soldiers" is another act's toll.)
            foreach (var (owner, dead) in deaths)
                if (!codedTriggers.Contains(owner) && _clauses.NotAsserted(view, owner) is null
                    && found.Skip(sentenceFirst).Select((e, k) => (e, k)).FirstOrDefault(x => IsViolent(x.e.Code)) is { e: { Fatalities: null } toll } violentFirst
                    && view.Tokens[owner.Start].Span.Start < toll.Phrase.End && !Enumerable.Range(0, owner.Start).Any(k => view.Lower[k] is "after" or "before" or "since"))
                    found[sentenceFirst + violentFirst.k] = toll with { Fatalities = dead };
            // "attacks on Pakistan's embassy in Kabul, for which IS-K took responsibility": the claimant carried them out.
            var claim = found.Skip(sentenceFirst).FirstOrDefault(e => e.Code == ClaimOfResponsibility);
            foreach (var (trigger, target) in unclaimed)
            {
                // "claimed responsibility, saying it was revenge for the death of X, killed in a roadside explosion":
                // what the attack avenges was not the claimant's.
                if (Enumerable.Range(0, trigger.Start).Any(k => view.Lower[k] is "revenge" or "retaliation" or "avenge" or "avenging")) continue;
                var place = Place(view, trigger);
                if (claim is not null)
                {
                    var actor2 = target ?? TerritorialTarget(trigger.Pattern.CodeFor(IsNonState(claim.Actor1)), claim.Actor1, place);
                    var (coded, kind) = Build(view, trigger, claim.Actor1, actor2, times, deaths, place);
                    found.Add(coded);
                    kinds.Add(kind);
                }
                // "The death toll from Sunday's suicide bombing at a rally in Bajaur has risen to 63", and paragraphs later
                // "Islamic State claimed the attack": one attack told by its noun, with no attacker, in a named country, is
                // by nameless militants of that country, whom a later claim may name. Kept only if one does: a noun alone
                // names no one who did it.
                // (A new attack: one told with a day of its own, "Sunday's suicide bombing", or as "a suicide bombing"; "the
                // blast" is one told before.)
                else if (place?.Country is { Length: 3 } struck && !view.Lower[trigger.Start].EndsWith('s') && !view.Lower[trigger.End].EndsWith('s')
                    && !Enumerable.Range(0, trigger.Start).Any(k => view.Lower[k] == "since")
                    && (_clauses.IsIndefinite(view, trigger.Start) || DatedNoun(view, trigger, times)))
                {
                    var militants = new ActorRef(struck, null, "INS", view.Tokens[trigger.Start].Text);
                    awaitingClaim = Build(view, trigger, militants, target ?? TerritorialTarget(trigger.Pattern.CodeFor(true), militants, place), times, deaths, place);
                }
            }
            // "Suicide bombers attacked a police station ... Tehreek-e-Jihad Pakistan claimed responsibility": a claim in a
            // later sentence names the group behind attackers the text left nameless.
            // (So does one later in the same sentence: "militants ambushed a convoy, an attack the TTP claimed".)
            if (!claimedNew && found.Skip(sentenceFirst).FirstOrDefault(e => e.Code == ClaimOfResponsibility && e.Actor1.Group is not null) is { } later)
            {
                // Only the latest such attack: "Militants attacked a post in Bannu. ... gunmen ambushed a convoy. The BLA
                // claimed the ambush" names the ambush's attackers, not Bannu's.
                CodedEvent? claimedAttack = null;
                for (int i = found.Count - 1; i >= 0 && view.Sentence.Index - found[i].Sentences[0] <= ClaimReach; i--)
                    if (IsViolent(found[i].Code) && found[i].Actor1 is { Group: null, Role: "INS" } && LatestNameless(found, i, sentenceFirst))
                    {
                        found[i] = claimedAttack = found[i] with
                        {
                            Actor1 = later.Actor1,
                            // The claimant named after the act was read as its object; the group fights its own state.
                            Actor2 = found[i].Actor2?.Key == later.Actor1.Key ? StateOf(later.Actor1) : found[i].Actor2,
                        };
                        // "Troops killed all six attackers": the force used on the nameless attackers since was used on the group.
                        for (int j = i + 1; j < sentenceFirst; j++)
                            if (IsViolent(found[j].Code) && found[j].Actor2 is { Group: null, Role: "INS" } hit && hit.Country == later.Actor1.Country)
                                found[j] = found[j] with { Actor2 = later.Actor1 };
                    }
                // (With none told by a verb, the last attack told only by its noun: a wire report tells it in its lead and
                // the claim paragraphs on.)
                if (claimedAttack is null && awaitingClaim is ({ } awaited, var awaitedKind) && view.Sentence.Index - awaited.Sentences[0] <= AwaitedClaimReach)
                {
                    // In the order told, where later acts answering "the attack" look for it.
                    int at = found.FindLastIndex(e => e.Sentences[0] <= awaited.Sentences[0]) + 1;
                    found.Insert(at, claimedAttack = awaited with { Actor1 = later.Actor1 });
                    kinds.Insert(at, awaitedKind);
                    ShiftFrom(at, bare, answers);
                    sentenceFirst++;
                    awaitingClaim = null;
                }
                // "IS-K claimed the attack, saying one of its fighters had detonated a vest": what a claim of an attack
                // already told says of it retells that attack (not a new act of another kind: "saying its fighters had
                // overrun several posts"), and whom it struck.
                if (claimedAttack is not null)
                    for (int i = sentenceFirst; i < found.Count && found[i].Sentences[0] == view.Sentence.Index; i++)
                        if (IsViolent(found[i].Code) && found[i].Actor1.Key == later.Actor1.Key && found[i].Phrase.Start > later.Phrase.Start
                            && found[i].Root == claimedAttack.Root)
                        {
                            found[i] = found[i] with { Actor2 = claimedAttack.Actor2 };
                            bare.Add(i);
                        }
            }
            foreach (var (named, namedEnd) in _named.FindWithEnds(view.Text))
                if (EventDating.NotAfter(named.Date, reference))
                {
                    found.Add(FromName(view, named, namedEnd, times));
                    kinds.Add("named");
                }
            // "If X ..., we will respond," the spokesman said: a threat by the speaker against X.
            if (found.Skip(sentenceFirst).FirstOrDefault(e => _reporting.Contains(e.PatternId)) is { } statement
                && _threats.Find(view, statement.Actor1) is { } threat)
            {
                var (coded, kind) = Build(view, threat.Trigger, statement.Actor1, threat.Target, times, [], Place(view, threat.Trigger));
                found.Add(coded);
                kinds.Add(kind);
            }
            // A statement is an event when it reports one (the speaker's statement and the reported act are two events);
            // "officials said the crossing would stay shut" alone is the generic statement coders flood their output with.
            // It still dates the narrative ("ISPR said late on Tuesday ... It accused ..."), so it goes only after dating.
            if (found.Skip(sentenceFirst).All(e => _reporting.Contains(e.PatternId)))
                for (int i = sentenceFirst; i < found.Count; i++) bare.Add(i);
            // "condemned the attack and said such crimes ...", "said it was following the situation and urged both sides to
            // ...": beside another statement of its speaker in the sentence (an appeal, a rejection, a condemnation), saying
            // is how that statement was made, not a second event.
            // ("Residents said shops were shut": a witness's account is the source of a report, not a statement of a side.)
            for (int i = sentenceFirst; i < found.Count; i++)
                if (_reporting.Contains(found[i].PatternId) && (found[i].Actor1 is { Role: "CVL", Group: null } || found.Skip(sentenceFirst).Any(e => !_reporting.Contains(e.PatternId)
                        && e.Quad is 1 or 3 && e.Actor1.Key == found[i].Actor1.Key)))
                    bare.Add(i);
            // "After the cantonment assault, the Foreign Office said ...": the sentence's undated acts followed an act told
            // before, most often on its day.
            if (AfterActOpening(view, found, sentenceFirst) is { } after)
                for (int i = sentenceFirst; i < found.Count; i++)
                    if (found[i].Date is null)
                    {
                        found[i] = found[i] with { Date = after };
                        kinds[i] = "after";
                    }
            // The actor a later "it" or "they" refers to: this sentence's main subject, if it has one.
            // ("the Taliban hosted talks, and the group announced a ceasefire. Five months later it called off the truce":
            // the subject of a clause joined last, of its own, is nearer.)
            // ("Pakistan's answer was to squeeze. In October it ordered ...": with none, the owner opening the sentence.)
            if (main.Count > 0) focus = joinedSubjects ?? main;
            else if (view.Count > 1 && view.ActorAt(0) is { } owner && view.IsPossessive(view.MentionEnd(0))) focus = [owner];
            // Acts dated by a date of the background ("the government that took power in August 2021") date no later act.
            foreach (var e in found.Skip(sentenceFirst))
                if (e.Date is { } d && times.Any(x => Background(x) && x.Date?.ToString() == d)) background.Add(e);
        }
        _dating.Complete(document, found, kinds, answers, reference, document.Metadata.Published?.Date is not null, citations, datesTold, background);
        // (A person keeps the side the knowledge base gives them then: "Zabihullah Mujahid" spoke for the Taliban in 2017 too.)
        var personNames = document.Mentions.Where(m => m.Kind == MentionKind.Person).Select(m => m.Span.Of(document.Text)).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < found.Count; i++) found[i] = GovernedStates(document, found[i], reference, personNames);
        NameTheAttackers(found);
        var merged = EventMerger.Merge(found.Where((_, i) => !bare.Contains(i)));
        if (document.Metadata.Published?.Date is not null)
            _dating.DateFromStory(document, merged, background.Select(e => (e.Sentences[0], e.Date!)).ToHashSet());
        // An act done to someone with no one named is no record ("the visit", "claimed the attack", "Kabul condemned
        // it" where nothing says whom): mentions of it that name the target have been merged into theirs by now, and it
        // still dated the story's acts after it.
        document.Events.AddRange(merged.Where(e => e.Actor2 is not null || !_dyadic.NeedsTarget(e.Code)));
    }

    /// <summary>
    /// "The TTP's fighters stormed the post ... Troops killed all 16 attackers": militants a state's forces fight at home,
    /// named by no group, are the group whose attack on that state was told nearest, in the same month (the attackers
    /// the troops repulsed, the gunmen of the siege they ended).
    /// </summary>
    private static void NameTheAttackers(List<CodedEvent> found)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (!FightsInsurgentsAtHome(e) || e.Actor1 is not { Role: "MIL" or "COP" } state || e.Actor2 is not { Group: null, Role: "INS" } nameless) continue;
            var attack = found.Where(a => a.Root == "18" && a.Actor1 is { Group: not null, Role: "INS" } group && group.Country == nameless.Country
                    && a.Actor2?.Country == state.Country && Math.Abs(a.Sentences[0] - e.Sentences[0]) <= AttackersReach
                    && a.Date is { Length: >= 7 } ad && e.Date is { Length: >= 7 } ed && ad[..7] == ed[..7])
                .OrderBy(a => Math.Abs(a.Sentences[0] - e.Sentences[0])).FirstOrDefault();
            if (attack is not null) found[i] = e with { Actor2 = attack.Actor1 };
        }
    }

    /// <summary>A state's own forces or government fighting armed groups of their own country, at home.</summary>
    private static bool FightsInsurgentsAtHome(CodedEvent e) =>
        IsViolent(e.Code) && e.Actor1 is { Group: null, Role: "MIL" or "COP" or "GOV" } state && e.Actor2 is { } fought && IsNonState(fought)
        && fought.Country == state.Country && (e.Location?.Country ?? state.Country) == state.Country;

    /// <summary>How many sentences apart the attack and the fight against its nameless attackers may be told.</summary>
    private const int AttackersReach = 8;

    /// <param name="main">The subject of this sentence's main clause, if it names one.</param>
    /// <param name="focus">The actor in focus, for pronouns: this sentence's pronoun subject's referent, else the last sentence's subject.</param>
    /// <param name="lastTarget">The last target coded in this sentence, for a pronoun object ("providing it with").</param>
    /// <param name="scene">The country of the last act told just before with a place, where people the sentence names
    /// only by their kind ("troops", "police") are when it names no place ("Twelve attackers were killed as troops
    /// repulsed the assault"); sought only when such people are.</param>
    private (List<ActorRef> Subjects, ActorRef? Target) Actors(SentenceView s, Trigger t, List<ActorRef> main, List<ActorRef> focus, ActorRef? lastTarget, Func<string?> scene)
    {
        // Where the act happened, asked for by several of the rules below: found once, when first needed.
        var where = new Lazy<DocumentPlace?>(() => Place(s, t));
        // The country of people named by their kind: where the act happened, else the scene.
        // (A place on a border, "AFG|PAK", says no one country: see BorderSides.)
        var kindCountry = new Lazy<string?>(() => where.Value?.Country is { } c && !c.Contains('|') ? c : scene());
        if (t.Pattern.Kind == PatternKind.Noun)
        {
            var (a1, a2) = _nominal.Find(s, t);
            // "under Qatari and Turkish mediation", "with the mediation of Qatar and Turkey": every mediator coordinated there acts.
            if (t.Pattern.ThirdParty && Mediators(s, t) is [_, _, ..] mediators) return (mediators, mediators.Any(m => m.Key == a2?.Key) ? null : a2);
            // "held a rally", "staged protests": the subject of a light verb does what the noun names.
            if (a1 is null && _clauses.LightVerbBefore(s, t.Start) is { } light && _clauses.Subjects(s, light) is [_, ..] holders)
                return (holders, a2);
            // "to support its insurgency": "its" stands for the sentence's subject, else the actor in focus; "their"
            // for the nearest actor before it ("cooperation with the Taliban after their takeover").
            if (a1 is null && _clauses.PossessivePronounBefore(s, t.Start) is { } pronoun)
            {
                // ("thanked Qatar and Türkiye for their mediation": every actor of the coordination.)
                if (s.Lower[pronoun] == "their" && _clauses.NearestBefore(s, pronoun) is { } near)
                    return (Enumerable.Range(0, pronoun).LastOrDefault(k => s.ActorAt(k) is not null) is var last && ClauseReader.ActorsEndingAt(s, last) is [_, _, ..] both ? both : [near], a2);
                return (main.Count > 0 ? main : focus, a2);
            }
            // "was in Kabul after a day of talks with Taliban ministers": talks with one side named after "with" are
            // the sentence subject's with that side.
            if (a1 is null && t.Pattern.Mutual && _clauses.PartnerAfter(s, t.End) is { } partner && main.Count > 0 && !ActorSides.Same(main[0], partner))
                return ([main[0]], partner);
            // "Beijing has since acted as a broker between Kabul and Islamabad": the subject of the verb before "as" mediates
            // between the sides the noun names.
            if (t.Pattern.ThirdParty && AsBefore(s, t.Start) is { } asAt && asAt > 1 && _clauses.Subjects(s, asAt - 1) is [_, ..] brokers
                && brokers.All(b => b.Key != a1?.Key && b.Key != a2?.Key))
                return (brokers, a1 ?? a2);
            // "with Qatar and Turkey as mediators": the actors the noun describes.
            if (a1 is null && t.Start > 1 && s.Lower[t.Start - 1] == "as" && ClauseReader.ActorsEndingAt(s, t.Start - 2) is [_, ..] described)
                return (described, a2);
            // "anti-Islamabad protests in Kabul": a crowd with no named actor is the people of the place.
            if (a1 is null && t.Pattern.Local && (_clauses.PlaceAfter(s, t.End) ?? LocalPeople(where.Value)) is { } people)
                return ([people], a2);
            // "2,300 arrests of Afghans in Karachi": an act of state power by the government where it happens.
            if (a1 is null && t.Pattern.Authority && a2 is not null && Authorities(where.Value) is { } government && government.Country != a2.Country)
                return ([government], a2);
            // "the pre-dawn assault on a security forces' compound in Daraban, in which 23 soldiers were martyred": an
            // assault (a pattern coded 18 for armed groups) told with its toll and no one named is by nameless militants
            // of the country where it happens, whom a later claim may name.
            if (a1 is null && t.Pattern.NonStateCode is ['1', '8', ..] && where.Value?.Country is { Length: 3 } struck
                && Enumerable.Range(t.End + 1, Math.Max(0, Math.Min(s.Count - 1, t.End + 20) - t.End)).Any(k => s.Lower[k] == "which" && s.Lower[k - 1] == "in"
                    && Enumerable.Range(k + 1, Math.Max(0, Math.Min(s.Count, k + 8) - k - 1)).Any(j => s.Lower[j] is "killed" or "martyred" or "died" or "wounded" or "injured")))
                return ([new ActorRef(struck, null, "INS", s.Tokens[t.Start].Text)], a2);
            return (a1 is null ? [] : [a1], a2);
        }
        // "the death of a commander killed in an explosion": a past participle right after a noun is passive; with no
        // "by", nobody named did it.
        // ("Gunmen killed at least 26 people": "at least" counts the object; no place follows.)
        if (t.Start > 0 && s.Lower[t.Start].EndsWith("ed") && t.VerbEnd + 1 < s.Count && s.Lower[t.VerbEnd + 1] is "in" or "at" or "near" or "during" or "on" or "last" or "when"
            && !(s.Lower[t.VerbEnd + 1] == "at" && t.VerbEnd + 2 < s.Count && s.Lower[t.VerbEnd + 2] is "least" or "most")
            && s.IsWord(t.Start - 1) && s.MentionAt[t.Start - 1] is null && !_clauses.IsFunctionWord(s.Lower[t.Start - 1])
            && s.Lower[t.Start - 1] is not ("had" or "has" or "have" or "who" or "which" or "that") && !_clauses.IsAdverb(s.Lower[t.Start - 1])
            // (No one is "protested" or "marched": "residents protested in Mingora" is the residents' act.)
            && t.Pattern.Code[..2] != "14")
            return ([], null);
        // "The talks, hosted by Qatar and co-mediated by Turkey": a past participle with "by" names its doer.
        // ("The truce, brokered in Kabul by the Afghan Taliban": a place phrase may stand before "by".)
        if (s.Lower[t.Start].EndsWith("ed") && !_clauses.IsPassive(s, t) && ByAfterPlace(s, t.VerbEnd) is { } by && by + 1 < s.Count
            && ClauseReader.ActorsEndingAt(s, s.MentionEnd(by + 1 < s.Count && s.Lower[by + 1] == "the" && by + 2 < s.Count ? by + 2 : by + 1)) is [_, ..] doers)
            return (doers, null);
        if (_clauses.IsPassive(s, t))
        {
            // ("were ordered by Iran to leave": the agent may stand between the verb and the object its pattern names.)
            var agents = t.VerbEnd < t.End && t.VerbEnd + 1 < s.Count && s.Lower[t.VerbEnd + 1] == "by" ? _clauses.Agents(s, t.VerbEnd) : _clauses.Agents(s, t.End);
            // "deported from Pakistan": with no agent, whoever expels is the state the people are sent from.
            if (agents.Count == 0 && t.Pattern.Code[..2] is "17" or "20" && _clauses.FromActor(s, t.VerbEnd) is { } from) agents = [from];
            // "Thousands of Afghans have been deported": the people the quantity is of.
            var patient = _clauses.Subjects(s, t.Start).FirstOrDefault() ?? _clauses.QuantityOf(s, t.Start);
            // ("a UNHCR spokesman said hundreds of refugees had been deported": who tells of it suffered nothing.)
            if (patient is not null && _clauses.SaidBetween(s, patient, t.Start)) patient = _clauses.QuantityOf(s, t.Start);
            // "Hundreds of Afghans were arrested in Karachi": with no agent, an act of state power on foreigners is the
            // government's where it happens.
            // (Only on people: a government or a party named before is no patient.)
            // (With no place told, the country of the scene: "More than 80,000 Afghans have been sent back since April".)
            if (agents.Count == 0 && t.Pattern.Authority && patient is { Country.Length: 3 } && IsPeople(patient)
                && (Authorities(where.Value) ?? (kindCountry.Value is { Length: 3 } sceneCountry ? GovernmentOf(sceneCountry) : null)) is { } government
                && government.Country != patient.Country)
                agents = [government];
            // "Sadiq Achakzai and two other leaders were arrested", "56 people were taken into custody": with no agent, an
            // arrest of the country's own people, or of people named only by name, count or kind, is by its police.
            if (agents.Count == 0 && t.Pattern.Code == "173" && kindCountry.Value is { Length: 3 } arrestedIn
                && (patient is null ? ArrestedPeople(s, _clauses.ClauseStart(s, t.Start), t.Start, arrestedIn) : patient is { Group: null, Role: "CVL" } && patient.Country == arrestedIn ? patient : null) is { } arrested)
                return ([new ActorRef(arrestedIn, null, "COP", s.Tokens[t.Start].Text)], arrested);
            // "Thirteen militants were killed in North Waziristan", "the military said 19 terrorists were neutralised":
            // nameless militants killed with no agent named fell to the forces of the country where it happened (else of
            // the state that tells it), fighting its own insurgents, or the group the text names them as.
            // (So do fighters of an insurgency named as such, "thirteen khwarij were neutralised"; not a governing movement's:
            // "nine Afghan fighters had been killed".)
            // (Not killed "by a roadside bomb": an indefinite "by" phrase naming no actor names the means, whoever set it.)
            if (agents.Count == 0 && IsViolent(t.Pattern.Code) && !(t.VerbEnd + 2 < s.Count && s.Lower[t.VerbEnd + 1] == "by" && s.Lower[t.VerbEnd + 2] is "a" or "an")
                && (kindCountry.Value ?? StateBefore(s, t.Start)) is { Length: 3 } home)
            {
                // (The nameless militants right before the verb, not an actor further back: "the military said 19 militants were killed".)
                if (_unnamed.Subject(s, _clauses.ClauseStart(s, t.Start), t.Start, home) is { Role: "INS" } militants)
                    return ([new ActorRef(home, null, "MIL", militants.Name)], _clauses.GroupReference(s, 0, t.Start) ?? militants);
                if (patient is { Role: "INS" or "REB", Group: { } insurgency } insurgents && insurgents.Country == home && insurgency != _governments.GroupOf(home, null))
                    return ([new ActorRef(home, null, "MIL", insurgents.Name)], insurgents);
            }
            return (agents, patient);
        }
        // A participle after a comma ("..., providing it with support") or a relative clause with no actor of its own
        // ("an attack ..., which killed five soldiers") takes the subject of the sentence's main clause.
        // "villagers in Nimroz province taking to the streets": the crowd of a place, not an actor before it.
        if (_clauses.CrowdRightBefore(s, t.Start) is [_, ..] crowd)
            return (crowd, _clauses.Object(s, t.VerbEnd, crowd[0].Key));
        // "militants sheltering in Afghanistan": a nameless head noun does it, not an actor further back.
        if (_clauses.IsReducedRelative(s, t) && _unnamed.RoleEndingAt(s, t.Start - 1) is not null && s.ActorAt(t.Start - 1) is null)
            return ([], null);
        if (_clauses.IsReducedRelative(s, t) && _clauses.NearestBefore(s, t.Start) is { } head)
            return ([head], _clauses.Object(s, t.VerbEnd, head.Key));
        // "..., officials said": a nameless speaker right after the comma; the clause before it is what was said.
        if (t.Pattern.Reporting && t.Start > 1 && s.Lower[t.Start - 2] == "," && s.IsWord(t.Start - 1) && s.MentionAt[t.Start - 1] is null
            && s.Lower[t.Start - 1] is not ("however" or "also" or "meanwhile" or "then" or "later") && !s.Lower[t.Start - 1].EndsWith("ly"))
            return ([], null);
        // "..., with Qatar and Turkey mediating": those the absolute clause names act.
        var subjects = ClauseReader.AbsoluteSubjects(s, t.Start) is [_, ..] absolute ? absolute
            : _clauses.IsParticipleClause(s, t) ? [] : _clauses.Subjects(s, t.Start);
        if (subjects.Count == 0) subjects = _clauses.InvertedSpeaker(s, t.Start, t.VerbEnd);
        // "the Afghan embassy said police had detained 1,000 Afghans": police named by their kind who open what a speaker
        // said do the act, not the speaker; they act where they are. (Not an army: "Pakistani sources said the army had
        // struck Kandahar" is the speaker's army, abroad.)
        if (subjects.Count > 0 && ToldAfter(s, subjects[^1], t.Start) is { } told
            && _unnamed.Subject(s, told + 1, t.Start, kindCountry.Value) is { Role: "COP" } police) subjects = [police];
        // A pronoun in a later clause of a sentence whose main subject comes first refers to that subject
        // ("Rahmani said ..., but he accused ..."); otherwise to the actor in focus before the sentence.
        // "he", "she": the last person named, for the actor they speak for; an analyst or a witness is none.
        // "the spokesman", "the minister": the person named before with that title.
        if (subjects.Count == 0 && _clauses.TitleSubject(s, t.Start) is { } title && _clauses.TitledPersonBefore(s, title) is { } titled)
            subjects = [titled];
        if (subjects.Count == 0 && _clauses.PersonalPronounSubject(s, t.Start) is { } personal)
            subjects = _clauses.LastPersonBefore(s, personal) is { } person ? [person] : [];
        else if (subjects.Count == 0 && _clauses.IsPronounSubject(s, t.Start))
            subjects = (_clauses.OpensWithConjunction(s, t.Start) || _clauses.OpensReportedSpeech(s, t.Start)) && main.Count > 0 && !ReferenceEquals(main, focus) ? main : focus;
        if (subjects.Count == 0 && _clauses.OpensWithConjunction(s, t.Start)) subjects = main;
        // ", which brokered ...": the actor the clause hangs on, right before the comma; else the main clause's subject.
        if (subjects.Count == 0 && _clauses.IsRelativeClause(s, t.Start) && _clauses.Antecedent(s, t.Start) is [_, ..] antecedent) subjects = antecedent;
        // "..., whose forces then shelled": the antecedent's own forces.
        if (subjects.Count == 0 && _clauses.WhoseAntecedent(s, t.Start) is { } whose)
        {
            var role = Enumerable.Range(Math.Max(0, t.Start - 3), Math.Min(3, t.Start)).Select(k => _unnamed.RoleEndingAt(s, k)).LastOrDefault(r => r is not null);
            subjects = [role is null ? whose : whose with { Role = role }];
        }
        if (subjects.Count == 0 && (_clauses.IsParticipleClause(s, t) || _clauses.IsRelativeClause(s, t.Start))) subjects = main;
        // "a suicide bomber from ISKP killed ...": the group a nameless attacker came from.
        if (subjects.Count == 0) subjects = _clauses.SubjectFrom(s, t.Start);
        // "Iran's decision to deport": the possessor of the noun that governs the infinitive.
        if (subjects.Count == 0 && t.Start > 2 && s.Lower[t.Start - 1] == "to" && s.IsPossessive(t.Start - 3) && s.ActorAt(t.Start - 3) is { } decider)
            subjects = [decider];
        // "UNHCR's representative in Pakistan, Ingrid Solberg, urged": the possessor of the subject's title.
        if (subjects.Count == 0) subjects = _clauses.PossessorSubject(s, t.Start);
        if (subjects.Count == 0) subjects = _clauses.Inhabitants(s, t.Start);
        if (subjects.Count == 0 && _clauses.GroupReference(s, t.Start - 4, t.Start) is { } group) subjects = [group];
        // "police had detained", "a suicide bomber drove": of the country where the act happens; for a participle
        // ("..., killing five"), the unnamed subject of the main clause.
        if (subjects.Count == 0 && _unnamed.Subject(s, _clauses.ClauseStart(s, t.Start), t.Start, kindCountry.Value) is { } unnamed) subjects = [unnamed];
        if (subjects.Count == 0 && _unnamed.SubjectBeforeRelativeClause(s, t.Start, kindCountry.Value) is { } relativeSubject) subjects = [relativeSubject];
        if (subjects.Count == 0 && _clauses.RelativeClauseOpening(s, t.Start) is { } comma
            && _unnamed.Subject(s, _clauses.ClauseStart(s, comma), comma, kindCountry.Value) is { } unnamedOuter) subjects = [unnamedOuter];
        if (subjects.Count == 0 && _clauses.IsParticipleClause(s, t) && _clauses.MainVerb(s, 0, t.Start) is { } mainVerb
            && _unnamed.Subject(s, 0, mainVerb, kindCountry.Value) is { } unnamedMain) subjects = [unnamedMain];
        // "traders blocked the Quetta-Chaman highway": a crowd's act with no named actor, by the people of the place.
        if (subjects.Count == 0 && t.Pattern.Local && LocalPeople(where.Value) is { } locals) subjects = [locals];
        if (subjects.Count == 0 && t.Pattern.Authority && Authorities(where.Value) is { } state) subjects = [state];
        var exclude = subjects.Count > 0 ? subjects[0].Key : null;
        // What a statement, accusation or rejection reports is not its target: "denied that the TTP operates from Afghan
        // soil". A demand's or appeal's "that" clause names whom it addresses ("demanded that Pakistan remove ...").
        // A plain warning ("warning that many were being sent to a country where the Taliban ...") is no threat to those it mentions.
        int? reportStart = t.Pattern.Code[..2] is "01" or "11" or "12" || t.Pattern.Code == "130" ? _clauses.ComplementStart(s, t.VerbEnd, refusal: IsRefusal(t.Pattern.Code)) : null;
        // An appeal's or demand's target is whom it addresses, before its infinitive ("pressed his hosts to act against the TTP").
        if (t.Pattern.Code[..2] is "02" or "10") reportStart = AddresseeEnd(s, t.VerbEnd);
        var target = t.Pattern.Addressee ? _clauses.AddresseeAfter(s, t.VerbEnd, exclude)
            : _clauses.HasPronounObject(s, t.VerbEnd) ? lastTarget ?? focus.FirstOrDefault() : _clauses.Object(s, t.VerbEnd, exclude, reportStart, t.Pattern.Direct);
        if (!t.Pattern.Direct && !t.Pattern.Addressee)
            target ??= _clauses.GroupReference(s, t.VerbEnd + 1, Math.Min(reportStart ?? _clauses.ClauseEnd(s, t.VerbEnd) ?? s.Count, t.VerbEnd + 8));
        // "concerned about the detention of Afghans in Pakistan": not the people, but the state that holds them.
        if (t.Pattern.About && (target is null || IsPeople(target)))
            target = Enumerable.Range(t.VerbEnd + 1, Math.Max(0, Math.Min(s.Count, t.VerbEnd + 14) - t.VerbEnd - 1))
                .Where(k => k > 0 && s.Lower[k - 1] is "in" or "from" or "by").Select(s.StateAt).FirstOrDefault(a => a is not null) is { Country: { } holder }
                ? GovernmentOf(holder, holder) : null;
        // "told Voice of America that Pakistan could strike": an outlet spoken to is the audience, not whom the act is aimed at.
        if (target is { Role: "MED" } && CameoCodes.IsStatement(t.Pattern.Code) && ToldOutlet(s, t.VerbEnd)) target = null;
        return (subjects, target?.Key == exclude ? null : target);
    }

    /// <summary>Whether the verb ending at <paramref name="verbEnd"/> is "told" (or "said to") and an outlet follows it.</summary>
    private static bool ToldOutlet(SentenceView s, int verbEnd)
    {
        int k = verbEnd + 1;
        if (k < s.Count && s.Lower[verbEnd] is "said" or "say" or "says" && s.Lower[k] == "to") k++;
        else if (s.Lower[verbEnd] is not ("told" or "tell" or "tells" or "telling")) return false;
        if (k < s.Count && s.Lower[k] == "the") k++;
        return k < s.Count && s.ActorAt(k) is { Role: "MED" };
    }

    /// <summary>
    /// The deaths a sentence reports, each with the violent trigger it belongs to: the nearest one before the phrase
    /// ("a deadly attack ... that killed 141 people, the army launched an offensive"), else the nearest after it.
    /// Several counts go to several acts ("after gunmen killed four policemen ..., Pakistan bombed ..., killing six").
    /// </summary>
    private Dictionary<Trigger, int> Deaths(SentenceView s, List<Trigger> triggers)
    {
        var owned = new Dictionary<Trigger, int>(ReferenceEqualityComparer.Instance);
        var violent = triggers.Where(t => IsViolent(t.Pattern.Code)).ToList();
        if (violent.Count == 0) return owned;
        // "launched air strikes ..., targeting hideouts, killing eight people": a participle after an act describes it;
        // the deaths are the act's.
        violent = [.. violent.Where((t, i) => i == 0 || !(s.Lower[t.Start].EndsWith("ing") && _clauses.IsParticipleClause(s, t)))];
        foreach (var found in _fatalities.ReadAll(s))
        {
            int at = s.Sentence.Span.Start + found.At;
            // Strictly before: in "launched air strikes ..., killing eight people" the deaths are the strikes', not the participle's.
            var owner = violent.LastOrDefault(t => s.Tokens[t.Start].Span.Start < at) ?? violent.First();
            owned.TryAdd(owner, found.Deaths);
        }
        return owned;
    }

    /// <summary>A heading in the body: a short paragraph of its own with no full stop, after the opening.</summary>
    private static bool IsSectionHeading(Document d, Sentence s) => s.Paragraph > 0 && HeadlineLike(d, s.Paragraph) && Words(d, s.Paragraph) <= 10;

    private static int Words(Document d, int paragraph) => d.Paragraphs[paragraph].Of(d.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The title, a headline-like line at the top (a masthead may stand above it) or a section heading: a short paragraph
    // with no full stop.
    private static bool IsHeadline(Document d, Sentence s)
    {
        // A section heading in the body ("Dar's Kabul visit") names what the paragraphs under it tell.
        if (HeadlineLike(d, s.Paragraph) && Words(d, s.Paragraph) <= 8) return true;
        if (s.Paragraph > 4) return false;
        var paragraph = d.Paragraphs[s.Paragraph].Of(d.Text).Trim();
        if (d.Metadata.Title is { } title && paragraph == title) return true;
        // The headline, a deck under it ("Move follows Dar's Kabul visit; Taliban welcome decision"): short lines with no
        // full stop before the first sentence of the body.
        return Enumerable.Range(0, s.Paragraph + 1).All(p => HeadlineLike(d, p));
    }

    private static bool HeadlineLike(Document d, int p)
    {
        // A lead ending in a citation ("…Kunar.[2]") or an agency credit ("(AFP)") is no headline.
        var bare = TrailingCredit().Replace(d.Paragraphs[p].Of(d.Text).Trim(), "");
        return bare.Length > 0 && !".?!\"”’:".Contains(bare[^1]) && bare.Split(' ').Length <= 25;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\s*(?:\[\d{1,3}\]|\([^)]{1,30}\)))+$")]
    private static partial System.Text.RegularExpressions.Regex TrailingCredit();

    /// <summary>The words between the commas (or semicolons) around the trigger.</summary>
    private static TextSpan PhraseOf(SentenceView s, Trigger t)
    {
        int from = t.Start, to = t.End;
        while (from > 0 && s.Lower[from - 1] is not ("," or ";")) from--;
        while (to + 1 < s.Count && s.Lower[to + 1] is not ("," or ";")) to++;
        return new TextSpan(s.Tokens[from].Span.Start, s.Tokens[to].Span.End);
    }

    private (CodedEvent Event, string? DateKind) Build(SentenceView s, Trigger t, ActorRef actor1, ActorRef? actor2, IReadOnlyList<TimeExpression> times,
        Dictionary<Trigger, int> deaths, DocumentPlace? place)
    {
        var code = t.Pattern.PeopleCode is { } forPeople && actor2 is not null && IsPeople(actor2) ? forPeople : t.Pattern.CodeFor(IsNonState(actor1), IsOfficial(actor1));
        var triggerOffset = s.Tokens[t.Start].Span.Start - s.Sentence.Span.Start;
        var (clauseStart, clauseEnd) = ClauseOffsets(s, t);
        // "Pakistan's expulsion of Afghans, which began in November": a relative clause telling when the act the noun
        // names began dates that act.
        if (t.Pattern.Kind == PatternKind.Noun && _clauses.ClauseEnd(s, t.End) is { } relative && relative <= t.End + 6
            && s.Lower[relative] is "which" or "that" && relative + 1 < s.Count && _clauses.TellsOnset(s.Lower[relative + 1]))
            clauseEnd = _clauses.ClauseEnd(s, relative + 1) is { } next ? s.Tokens[next].Span.Start - s.Sentence.Span.Start : int.MaxValue;
        // A date in a later clause of its own ("..., which had brokered a ceasefire on October 19") dates that clause's act;
        // so does a date inside what a statement reports ("accused them of having opened fire on March 3"), or what was
        // agreed or decided ("agreed that the decisions reached in April should be implemented").
        int reportEnd = _clauses.ComplementStart(s, t.End) is { } c && (CameoCodes.IsStatement(code) || (t.Pattern.Kind == PatternKind.Verb && s.Lower[c] == "that" && c == t.VerbEnd + 1))
            ? s.Tokens[c].Span.Start - s.Sentence.Span.Start
            : t.ToldInComplement && t.VerbEnd + 1 < s.Count ? s.Tokens[t.VerbEnd + 1].Span.Start - s.Sentence.Span.Start : int.MaxValue;
        // "A returned fire, and the fighting spread ... in January": a clause joined by "and" with a subject of its own
        // tells its own act and time; so, before the trigger, does one the trigger's clause is joined to.
        if (_clauses.CoordinatedClauseAfter(s, t.End) is { } joined) clauseEnd = Math.Min(clauseEnd, s.Tokens[joined].Span.Start - s.Sentence.Span.Start);
        // ("flew to Kabul for the sixth round, a format Beijing invented in December 2017": so does an apposition's own clause.)
        if (_clauses.AppositiveClauseAfter(s, t.End) is { } apposed) clauseEnd = Math.Min(clauseEnd, s.Tokens[apposed].Span.Start - s.Sentence.Span.Start);
        if (_clauses.CoordinatedClauseBefore(s, t.Start) is { } own) clauseStart = Math.Max(clauseStart, s.Tokens[own].Span.Start - s.Sentence.Span.Start);
        // "told her briefing on Thursday that Afghan troops had opened fire on Wednesday": what a statement reports starts at
        // its "that"; the time of the saying is not the reported act's.
        // (Only where the report tells a weekday of its own after the act: otherwise the day it was told is the best there is.)
        if (_clauses.ReportedFrom(s, t.Start) is { } reported && s.Tokens[reported].Span.Start - s.Sentence.Span.Start is var reportStart
            && times.Any(x => x.Start >= reportStart && x.Start > triggerOffset && !x.IsLimit && x.Date is { Day: not null } && x.Kind == "relative"))
            clauseStart = Math.Max(clauseStart, reportStart);
        // "Asif, who had warned on Saturday that ..., welcomed the outcome": the time of a relative clause closed before
        // the trigger is that clause's act's.
        var (relativeFrom, relativeTo) = _clauses.ClosedRelativeBefore(s, t.Start) is { } rel
            ? (s.Tokens[rel.Start].Span.Start - s.Sentence.Span.Start, s.Tokens[rel.End].Span.Start - s.Sentence.Span.Start) : (-1, -1);
        // Within the trigger's own clause first ("... in June 2022, but the TTP called off the truce on November 28").
        // "the first tariff agreement since the Taliban took over": an act told only to measure time from has no time of
        // the sentence's, only what its own phrase says.
        int since = EventDating.SinceClauseStart(s.Text[..triggerOffset]);
        int measuredFrom = _clauses.MeasuredSince(s, t.Start, t.End) is { } sinceToken ? s.Tokens[sinceToken].Span.Start - s.Sentence.Span.Start : -1;
        var time = times.Where(x => !x.IsLimit && x.Start < Math.Min(clauseEnd, reportEnd) && x.Date is not null
                && !(x.Start >= relativeFrom && x.End <= relativeTo) && x.Start > since
                // ("Dar, on his first trip since he took charge last year, held talks": a "since" phrase closed before the
                // act measures from another time.)
                && !(x.End <= triggerOffset && EventDating.InSincePhrase(s.Text.AsSpan(0, x.Start)) && s.Text.AsSpan(x.End, triggerOffset - x.End).Contains(','))
                // ("the heaviest clashes since the Taliban took power in August 2021": the time of what it is measured from.)
                && !(measuredFrom >= 0 && x.Start > measuredFrom)
                // ("called the fee a breach of the 2010 transit agreement": that year, after the act, dates the agreement.)
                // ("During the 2023 crackdown, police arrested ...": one in a phrase fronting the sentence frames it.)
                && (x.Kind != DateResolver.Attributive || (x.End <= triggerOffset && !s.Text.AsSpan(0, x.Start).Contains(',')
                    && s.Text.AsSpan(x.End, triggerOffset - x.End).Contains(',') && clauseStart <= x.End + s.Text.AsSpan(x.End).IndexOf(','))
                    // ("Saturday's attack was the deadliest": it dates the noun it modifies.)
                    || (t.Pattern.Kind == PatternKind.Noun && x.End <= triggerOffset && ModifiesNoun(s.Text.AsSpan(x.End, triggerOffset - x.End))))
                // ("agreed that the committee would meet on May 20": the time of what is planned.)
                && !PlannedAfter(s, t, x) && !PlannedBefore(s, t, x)
                // "A, two days after B": only B, in the phrase the expression opens ("On Nov 28, a day before the general
                // took over, the TTP ended ...": the TTP's act is outside it).
                && !(x.Kind == DateResolver.Earlier && (x.Start > triggerOffset || (Parenthetical(s.Text, x) && ClosesPhrase(s.Text[x.End..Math.Max(x.End, triggerOffset)])))))
            // ("After the TTP killed 11 soldiers on 7 October, Pakistan struck Kabul two days later": a clause fronting the
            // sentence has its own time.)
            // ("— 28 Jul 2021: Wang receives a delegation, weeks before the group takes Kabul on 15 August": an entry's
            // heading dates what the entry tells, not what it measures from.)
            .OrderBy(x => HeadsEntry(s, x) ? 0 : 1)
            .ThenBy(x => x.End < clauseStart || x.End <= FrontedClauseEnd(s, t) ? 1 : 0)
            .ThenBy(x => Math.Min(Math.Abs(x.Start - triggerOffset), Math.Abs(x.End - triggerOffset)))
            .FirstOrDefault()
            // "a ceasefire that has held since March 5": with no other date, when the state it began started.
            // Only a state of things begins then (a truce, talks, hosting), never a saying: "urged ..., language pressed at
            // every meeting since 2021" is no appeal of 2021.
            // (Not the last such act's date a comparison measures from: "the first visit to India by a Taliban minister since 2021".)
            ?? (!CameoCodes.IsStatement(code) ? times.Where(x => x.Since && x.Start < clauseEnd && x.Date is not null
                && !(x.Start > triggerOffset && EventDating.ComparedSince(s.Text.AsSpan(0, x.Start)))).FirstOrDefault() : null);
        // "The TTP refused to extend it when it expired in December": a "when" clause right after, with no actor of its
        // own, tells when the act was done.
        time ??= WhenClauseTime(s, t, times, clauseEnd);
        // "the ceasefire it had observed since June, when talks in Kabul produced a truce": a "when" clause right after a
        // time tells what happened then, even a time that only bounds a state (where the clause tells no time of its own:
        // "last month, when Dar visited Kabul on April 19").
        if (ThenClauseTime(s, t, times) is { } then && (time is null || time.Start < then.End)) time = then;
        var date = time?.Date;
        return (new CodedEvent
        {
            Actor1 = actor1,
            Actor2 = actor2,
            Code = code,
            Quad = CameoCodes.Quad(code),
            Goldstein = _codes.Goldstein(code),
            Date = date?.ToString(),
            Location = place,
            Fatalities = deaths.TryGetValue(t, out var dead) ? dead : null,
            Sentences = [s.Sentence.Index],
            Evidence = s.Sentence.Span,
            Phrase = PhraseOf(s, t),
            PatternId = t.Pattern.Id,
            Word = _lemmatizer.Candidates(s.Lower[t.Start]).FirstOrDefault() ?? s.Lower[t.Start],
        }, time?.Kind);
    }

    /// <summary>
    /// Whom a vowed answer threatens: whom the statement names, else whoever last struck the speaker's side (nameless
    /// militants are no one to name), else the other side of the pair in focus; never the speaker's own side ("vowed that
    /// Pakistan would respond").
    /// </summary>
    private static ActorRef? ThreatTarget(ActorRef vower, ActorRef? named, List<CodedEvent> found, (ActorRef A, ActorRef B)? pair)
    {
        if (named is not null && !ActorSides.Same(named, vower)) return named;
        // (A blow struck by outsiders on the vower's soil counts, whoever it aimed at: "Pakistani jets struck TTP hideouts
        // in Paktika ... the Taliban vowed to retaliate".)
        var attack = LastBlowAgainst(found, vower) ?? found.LastOrDefault(e => IsViolent(e.Code) && OnSoilOf(e, vower));
        var threatened = attack is not null ? (attack.Actor1 is { Group: null, Role: "INS" or "REB" } ? null : attack.Actor1)
            : pair is { } rival ? ActorSides.Counterpart(vower, rival) : null;
        return threatened is not null && ActorSides.Same(threatened, vower) ? null : threatened;
    }

    /// <summary>The "by" right after a verb, or after a place phrase that follows it ("brokered in Kabul by"), or null.</summary>
    private static int? ByAfterPlace(SentenceView s, int verbEnd)
    {
        int i = verbEnd + 1;
        if (i + 1 < s.Count && s.Lower[i] is "in" or "at" && s.PlaceAt(i + 1) is not null) i = s.MentionEnd(i + 1) + 1;
        return i < s.Count && s.Lower[i] == "by" ? i : null;
    }

    /// <summary>"killed 566 militants", "killed 33 attackers": a nameless insurgent noun as the verb's object, or null.</summary>
    private string? NamelessInsurgents(SentenceView s, int verbEnd)
    {
        for (int k = verbEnd + 1; k < Math.Min(s.Count, verbEnd + 6); k++)
        {
            // ("killed all five attackers": a count may stand before the noun.)
            if (_numbers.TryGet(s.Lower[k], out _, out _)) continue;
            if (s.MentionAt[k] is not null || s.Lower[k] is "," or ";" || _clauses.IsFunctionWord(s.Lower[k]) && s.Lower[k] is not ("the" or "some" or "several" or "dozens" or "more" or "than" or "at" or "least" or "all")) return null;
            if (_unnamed.RoleEndingAt(s, k) == "INS" && (k + 1 >= s.Count || !s.IsWord(k + 1) || _clauses.IsFunctionWord(s.Lower[k + 1]))) return s.Tokens[k].Text;
        }
        return null;
    }

    /// <summary>Whether a "will" or "would" stands between the trigger and a time after it: the time of a planned act.</summary>
    private static bool PlannedAfter(SentenceView s, Trigger t, TimeExpression x)
    {
        // (Only within the clause: "warned that it would strike again, officials said on Tuesday" was warned on Tuesday.)
        for (int k = t.VerbEnd + 1; k < s.Count && s.Tokens[k].Span.Start - s.Sentence.Span.Start < x.Start; k++)
            if (s.Lower[k] is "will" or "would" or "'ll")
                return !Enumerable.Range(k + 1, s.Count - k - 1).TakeWhile(j => s.Tokens[j].Span.Start - s.Sentence.Span.Start < x.Start).Any(j => s.Lower[j] is "," or ";");
        return false;
    }

    /// <summary>"said passenger movement would begin on Friday and urged both countries ...": a time told a few words after
    /// "will" or "would", in a clause that ends before the trigger, is the planned act's.</summary>
    private static bool PlannedBefore(SentenceView s, Trigger t, TimeExpression x)
    {
        int first = s.TokenFrom(x.Start) ?? s.Count;
        int last = Enumerable.Range(first, s.Count - first).FirstOrDefault(k => s.Tokens[k].Span.End - s.Sentence.Span.Start >= x.End, s.Count - 1);
        if (last >= t.Start) return false;
        bool planned = false;
        for (int k = first - 1; k >= Math.Max(0, first - PlannedReach); k--)
        {
            if (s.Lower[k] is "," or ";" or "and" or "that" or "but") break;
            if (s.Lower[k] is "will" or "would" or "'ll" or "shall") { planned = true; break; }
        }
        return planned && Enumerable.Range(last + 1, t.Start - last - 1).Any(k => s.Lower[k] is "and" or "," or ";" or "but");
    }

    // How many words a planned act's time may stand after its "will" or "would" ("would be allowed through on Saturday").
    private const int PlannedReach = 6;

    /// <summary>"Sunday's suicide bombing", "the December 2 attack": a noun a time right before it dates.</summary>
    private static bool DatedNoun(SentenceView s, Trigger t, IReadOnlyList<TimeExpression> times)
    {
        int at = s.Tokens[t.Start].Span.Start - s.Sentence.Span.Start;
        return times.Any(x => !x.IsLimit && x.Date is not null && x.End <= at && ModifiesNoun(s.Text.AsSpan(x.End, at - x.End)));
    }

    /// <summary>What stands between an attributive time and a noun it modifies: "'s", at most one word more ("Monday's air raids").</summary>
    private static bool ModifiesNoun(ReadOnlySpan<char> between)
    {
        var rest = between.TrimStart("'’s").Trim();
        return rest.IndexOfAny(",;.") < 0 && rest.Count(' ') < 1;
    }

    /// <summary>", a day before the general took over,": an expression set off by a comma before it.</summary>
    private static bool Parenthetical(string text, TimeExpression x) => text.AsSpan(0, x.Start).TrimEnd().EndsWith(",");

    /// <summary>Whether a comma closes the phrase before the trigger; the commas around a name in apposition do not ("a
    /// day after a delegation including the ISI chief, Lt Gen Nadeem Anjum, met ...").</summary>
    private static bool ClosesPhrase(string between) => NameInApposition().Replace(between, " ").Contains(',');

    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*,")]
    private static partial System.Text.RegularExpressions.Regex NameInApposition();

    /// <summary>
    /// The day "two days later" counts from: the last act dated to the day, or, for "two days after the clash", the
    /// last such act the noun refers to.
    /// </summary>
    /// <param name="lastDay">The last day a sentence before named, coded or not ("On October 17 a suicide bomber rammed ...").</param>
    private (string? Date, bool Referred) Anchor(SentenceView s, List<CodedEvent> found, (string Date, int Sentence)? lastDay)
    {
        var m = AfterTheAct().Match(s.Text);
        // "A day after the fall of Kabul": a well-known act named there counts days from its own date.
        if (m.Success && m.Value.Contains("day", StringComparison.OrdinalIgnoreCase)
            && _named.Find(s.Text.Substring(m.Groups["noun"].Index, Math.Min(NamedActReach, s.Text.Length - m.Groups["noun"].Index)))
                .FirstOrDefault(n => n.Unique && n.Date.Length == 10) is { } knownAct)
            return (knownAct.Date, true);
        // "two days after the clash", "a month after the Peshawar bombing" (a name may stand before the noun).
        if (m.Success && (_referring.RootsOf(m.Groups["noun"].Value) ?? _referring.RootsOf(m.Groups["noun2"].Value)) is { } roots)
        {
            var candidates = found.Where(e => roots.Contains(e.Root) && e.Date is { Length: 10 }).ToList();
            // "the Peshawar bombing": the one at that place.
            var named = m.Groups["noun"].Value;
            if ((candidates.LastOrDefault(e => e.Location?.Name.Equals(named, StringComparison.OrdinalIgnoreCase) == true) ?? candidates.LastOrDefault()) is { } referredAct)
                return (referredAct.Date, true);
        }
        var act = found.LastOrDefault(e => e.Date is { Length: 10 });
        // ("a Saturday in April 2022 ... The next day": an act told only to the month, later in the same paragraph, dates
        // "the next day" to its month.)
        if (found.LastOrDefault(e => e.Date is { Length: 7 }) is { } monthAct && (act is null || monthAct.Sentences[^1] > act.Sentences[^1])
            && s.Document.Sentences[monthAct.Sentences[^1]].Paragraph == s.Sentence.Paragraph)
            act = monthAct;
        // Whichever the text told last: an act dated to the day (or, in the same paragraph, to the month), or a day named
        // in a sentence with no act coded.
        return (lastDay is { } day && (act is null || day.Sentence >= act.Sentences[^1]) ? day.Date : act?.Date, false);
    }

    /// <summary>
    /// "After the cantonment assault, ...": a sentence opening after an act it names by a noun that refers back (data/patterns/
    /// referring-nouns.tsv) to one told before: that act's date (most often the day of what follows it), or null.
    /// </summary>
    /// <param name="told">How many of <paramref name="found"/> were told before this sentence.</param>
    private string? AfterActOpening(SentenceView s, List<CodedEvent> found, int told)
    {
        if (AfterTheActOpening().Match(s.Text) is not { Success: true } m) return null;
        var (modifier, head) = m.Groups["noun2"].Success ? (m.Groups["noun"].Value, m.Groups["noun2"].Value) : ("", m.Groups["noun"].Value);
        if (_referring.RootsOf(head) is not { } roots) return null;
        var candidates = found.Take(told).Where(e => roots.Contains(e.Root) && e.Date is { Length: >= 7 }).ToList();
        // ("After the first clash": the first of the last sentence's; "after the latest attack", "after the attack": the
        // last; "after the cantonment assault": the last told with that word, none if no act told has it.)
        var act = modifier.ToLowerInvariant() switch
        {
            // (The first of the series just told: "exchanged fire late on Sunday and again on Monday. After the first clash".)
            "first" => candidates.Count == 0 ? null : candidates.Max(c => c.Sentences[0]) is var lastTold ? candidates.First(e => e.Sentences[0] == lastTold) : null,
            "" or "latest" or "last" or "recent" or "deadly" or "twin" => candidates.LastOrDefault(),
            _ => candidates.LastOrDefault(e => e.Location?.Name.Contains(modifier, StringComparison.OrdinalIgnoreCase) == true
                || e.Evidence.Of(s.Document.Text).Contains(modifier + " ", StringComparison.OrdinalIgnoreCase)),
        };
        return act?.Date;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:soon|shortly|days|weeks|months|a\s+day|a\s+week|a\s+month)\s+)?after\s+(?:the|that|this|last\s+\w+'s)\s+(?<noun>[\w-]+)(?:\s+(?<noun2>[\w-]+))?\s*,", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AfterTheActOpening();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:within\s+(?:hours|minutes|the\s+hour)|(?:a\s+few|several|some|two|three|\d+)\s+hours\s+later)\b(?!\s+of\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WithinHours();

    // How many characters after "the" a well-known act's name may run ("the fall of Kabul").
    private const int NamedActReach = 40;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:(?:a|one|two|three|four|five|six|seven|\d|the)\s+(?:days?|weeks?|months?)|hours|(?:a\s+few|several|two|three|\d+)\s+hours)\s+after|within\s+(?:hours|minutes)\s+of)\s+(?:the|that|this)\s+(?<noun>\w+)(?:\s+(?<noun2>\w+))?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AfterTheAct();

    /// <summary>The date in a "when" clause right after the trigger's clause, when that clause names no actor of its own, or null.</summary>
    /// <summary>"since June, when talks ... produced": the time right before the ", when" opening the trigger's clause, or null.</summary>
    private TimeExpression? ThenClauseTime(SentenceView s, Trigger t, IReadOnlyList<TimeExpression> times)
    {
        int c = _clauses.ClauseStart(s, t.Start);
        if (c < 2 || s.Lower[c - 1] != "when" || s.Lower[c - 2] != ",") return null;
        int comma = s.Tokens[c - 2].Span.Start - s.Sentence.Span.Start;
        return times.LastOrDefault(x => x.Date is not null && x.End <= comma && s.Text.AsSpan(x.End, comma - x.End).Trim().IsEmpty);
    }

    private TimeExpression? WhenClauseTime(SentenceView s, Trigger t, IReadOnlyList<TimeExpression> times, int clauseEnd)
    {
        if (_clauses.ClauseEnd(s, t.End) is not { } when || s.Lower[when] != "when") return null;
        int end = _clauses.ClauseEnd(s, when) ?? s.Count;
        for (int k = when + 1; k < end; k++)
            if (s.Lower[k] == ",") { end = k; break; }
        if (Enumerable.Range(when + 1, end - when - 1).Any(k => s.ActorAt(k) is not null)) return null;
        int to = end < s.Count ? s.Tokens[end].Span.Start - s.Sentence.Span.Start : int.MaxValue;
        return times.FirstOrDefault(x => !x.IsLimit && x.Date is not null && x.Start >= clauseEnd && x.Start < to);
    }

    /// <summary>Whether a time expression stands in the trigger's clause.</summary>
    private bool HasOwnDate(SentenceView s, Trigger t, IReadOnlyList<TimeExpression> times)
    {
        var (from, to) = ClauseOffsets(s, t);
        return times.Any(x => !x.IsLimit && x.Date is not null && ((x.Start >= from && x.Start < to) || HeadsEntry(s, x)));
    }

    /// <summary>"Oct 25: The second round opens in Istanbul", "— 28 Jul 2021: Wang receives ...": a date heading a timeline
    /// entry (after a bullet, if any) dates all the entry tells.</summary>
    private static bool HeadsEntry(SentenceView s, TimeExpression time) =>
        s.Text.AsSpan(0, time.Start).Trim().TrimStart("—–-•*·").IsEmpty && s.TokenFrom(time.End) is { } next
        && s.Lower[next] is ":" or "—" or "–";

    /// <summary>Where the trigger's clause starts and ends, as character offsets within its sentence (the end open when no later clause begins).</summary>
    private (int Start, int End) ClauseOffsets(SentenceView s, Trigger t) =>
        (s.Tokens[_clauses.ClauseStart(s, t.Start)].Span.Start - s.Sentence.Span.Start,
         _clauses.ClauseEnd(s, t.End) is { } end ? s.Tokens[end].Span.Start - s.Sentence.Span.Start : int.MaxValue);

    private const string ClaimOfResponsibility = "015";
    // How far before the latest act a noun may refer to may stand an act of the noun's likeliest root it prefers.
    private const int ReferenceReach = 3;
    // How many sentences back a charge refused may have been made against the refusing side.
    private const int ChargeReach = 6;
    // How many sentences back a crowd's protest may answer a blow on its side.
    private const int CrowdAnswerReach = 6;
    // How many words an item's dateline has at most ("Karachi (Fri 17 Feb).").
    private const int ItemDatelineWords = 6;
    // How many sentences on the place of an act still sets the scene for people named only by their kind.
    private const int SceneReach = 2;
    // How many words after an act's noun its "between A and B" may stand ("talks in Kabul between ...").
    private const int BetweenReach = 5;
    // How many sentences on force with no target named is still taken to be used on the last foe.
    private const int FoesReach = 6;
    // How many sentences on an armed group's attack inside its own country the state's forces' blows with no target
    // named are still taken to fall on it.
    private const int InsurgentsReach = 2;
    // Seizing power or territory: a side's own country is no enemy it fights.
    private const string Seizure = "192";
    // How many sentences back a claim of responsibility reaches for nameless attackers: a report tells the attack, the
    // military's account of it, and then who claimed it.
    private const int ClaimReach = 6;

    // How many sentences back a claim reaches for an attack told only by its noun (a report's lead, its toll, its
    // witnesses, then the claim).
    private const int AwaitedClaimReach = 12;

    /// <summary>
    /// The country of the last act told just before with a place; else of one whose two sides are of the same country
    /// ("Militants blew up the track and stormed the train ... Troops stormed the train on Wednesday": the soldiers are
    /// of the country both sides of the attack are of).
    /// </summary>
    private static string? Scene(List<CodedEvent> found, int sentence)
    {
        var recent = found.Where(e => sentence - e.Sentences[0] <= SceneReach).ToList();
        return recent.LastOrDefault(e => e.Location?.Country is { Length: 3 })?.Location!.Country
            ?? recent.LastOrDefault(e => e.Actor2 is { Country: { Length: 3 } c } && e.Actor1.Country == c)?.Actor1.Country;
    }

    /// <summary>"near Besham", "in Jani Khel": in the trigger's clause, a capitalised name after a place preposition that
    /// the gazetteer does not know (not a time: "in March", "on Monday").</summary>
    private bool UnknownPlace(SentenceView s, Trigger t)
    {
        var (from, to) = (_clauses.ClauseStart(s, t.Start), _clauses.ClauseEnd(s, t.End) ?? s.Count);
        // (Nor past a comma after the trigger: ", officials said in Urdu".)
        for (int k = t.End + 1; k < to; k++)
            if (s.Lower[k] == ",") { to = k; break; }
        return Enumerable.Range(Math.Max(1, from), Math.Max(0, to - Math.Max(1, from))).Any(k => s.Lower[k - 1] is "in" or "near" or "at" && s.MentionAt[k] is null && s.IsWord(k)
            && char.IsUpper(s.Tokens[k].Text[0]) && _fullDates.Months.Month(s.Lower[k]) is null && !Enum.TryParse<DayOfWeek>(s.Lower[k], ignoreCase: true, out _));
    }

    /// <summary>
    /// Where a subordinate clause opening the sentence ("After the TTP killed 11 soldiers on 7 October,") ends, as a
    /// character offset, when the trigger stands after it; else -1.
    /// </summary>
    private static int FrontedClauseEnd(SentenceView s, Trigger t)
    {
        if (s.Count == 0 || s.Lower[0] is not ("after" or "before" or "when" or "since" or "once" or "as")) return -1;
        int comma = Enumerable.Range(1, Math.Max(0, t.Start - 1)).FirstOrDefault(k => s.Lower[k] == ",");
        return comma > 0 ? s.Tokens[comma].Span.Start - s.Sentence.Span.Start : -1;
    }

    /// <summary>The last two actors of different sides named in the sentences just before this one (two at most), or null.</summary>
    private static (ActorRef A, ActorRef B)? LastNamedPair(SentenceView s)
    {
        ActorRef? later = null;
        foreach (var m in s.Document.Mentions.Where(m => m.Actor is not null && m.Sentence < s.Sentence.Index && m.Sentence >= s.Sentence.Index - 2)
                     .OrderByDescending(m => m.Span.Start))
        {
            if (later is null) later = m.Actor;
            else if (!ActorSides.Same(m.Actor!, later)) return (m.Actor!, later);
        }
        return null;
    }

    /// <summary>Where an appeal's or demand's addressee must stand before: its infinitive ("pressed his hosts to act"), or
    /// right after the verb where a "that" clause in the passive follows ("demanded that the perpetrators be arrested"
    /// names those to be acted on, not whom the demand was made of).</summary>
    private int? AddresseeEnd(SentenceView s, int verbEnd)
    {
        if (verbEnd + 1 < s.Count && s.Lower[verbEnd + 1] == "that"
            && Enumerable.Range(verbEnd + 2, Math.Max(0, Math.Min(s.Count - 1, verbEnd + 16) - verbEnd - 2))
                .TakeWhile(k => s.Lower[k] is not ("," or ";" or ":"))
                .Any(k => s.Lower[k] is "be" or "been" && _lemmatizer.IsPastForm(s.Lower[k + 1])))
            return verbEnd + 1;
        return _clauses.InfinitiveStart(s, verbEnd);
    }

    /// <summary>"Yet that is what happened last week.": a time that closes a short sentence of one clause.</summary>
    private static bool ClosesShortSentence(string text, TimeExpression x) => EndsShortSentence(text, x) && !Subordinate().IsMatch(text[..x.Start]);

    /// <summary>Whether the time ends its sentence, with at most ten words before it.</summary>
    private static bool EndsShortSentence(string text, TimeExpression x) =>
        text[x.End..].Trim().TrimEnd('"', '”') == "." && text[..x.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10;

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]|\b(?:since|after|before|when|which|who|until|because|while|than|told|said)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Subordinate();

    /// <summary>"By 2023 ...", "In 2024 ...": a year that opens its sentence.</summary>
    private static bool OpensWithYear(string text, TimeExpression x) =>
        (text.AsSpan(0, x.Start).Trim() is var before && (before.IsEmpty || before.Equals("By", StringComparison.OrdinalIgnoreCase) || before.Equals("In", StringComparison.OrdinalIgnoreCase)))
        // ("Things got worse in late 2019.": a short sentence of one clause that ends on the year it moves to; not
        // "the worst floods since the dam was built in 1998.")
        || (EndsShortSentence(text, x) && YearClosing().IsMatch(text[..x.Start]) && !ClauseOpener().IsMatch(text[..x.Start]) && !Origin().IsMatch(text[..x.Start]));

    // ("The railway itself was first floated in 2018.": where a thing began is its background, not where the story goes.)
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:first|originally|initially)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Origin();

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]|\b(?:since|after|before|when|which|who|that|until|because|while|as|than)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ClauseOpener();

    // ("Air power returned in 2024. In March, jets hit Khost": a short sentence that closes on its year moves the story
    // there, as "in late 2019" does; a longer one, or one whose year stands in a clause, tells a fact.)
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:in|by)\s+(?:(?:early|late|mid)[- ]?)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex YearClosing();

    private static bool IsInsurgent(ActorRef x) => x.Role is "INS" or "REB";

    /// <summary>The verb of saying ("said", "told") between the last mention of <paramref name="subject"/> before the verb at
    /// <paramref name="verb"/> and that verb, or null.</summary>
    private int? ToldAfter(SentenceView s, ActorRef subject, int verb)
    {
        int at = Enumerable.Range(0, verb).LastOrDefault(k => s.ActorAt(k)?.Key == subject.Key, -1);
        if (at < 0) return null;
        for (int k = verb - 1; k > at; k--)
            if (_clauses.Is("saying", s.Lower[k])) return k;
        return null;
    }

    /// <summary>Whether two actors are not the same one; nameless militants in Pakistan share Pakistan's key, yet are
    /// the other side of its troops and government.</summary>
    private static bool Other(ActorRef a, ActorRef b) => a.Key != b.Key || IsInsurgent(a) != IsInsurgent(b);

    /// <summary>
    /// The two states a crossing closed or opened with no one named lies between: the crossing the clause names, else the
    /// last one the article named ("the crossing"). The closer is whichever of them last closed or opened a crossing in
    /// the article, else the one that has acted most; across is the other (for a crossing the gazetteer gives one state,
    /// its counterpart in the pair the article is about).
    /// </summary>
    private (ActorRef Closer, ActorRef Across)? CrossingSides(SentenceView view, Trigger trigger, List<CodedEvent> found, (ActorRef A, ActorRef B)? about)
    {
        var crossing = Place(view, trigger) is { Kind: "crossing" } named ? named : PlaceBefore(view, trigger.Start, int.MaxValue, p => p.Kind == "crossing");
        if (crossing?.Country is not { } joined) return null;
        var states = joined.Split('|').ToList();
        if (states.Count == 1 && about is { } pair && !IsNonState(pair.A) && !IsNonState(pair.B)
            && (pair.A.Country == states[0] ? pair.B.Country : pair.B.Country == states[0] ? pair.A.Country : null) is { Length: 3 } other)
            states.Add(other);
        if (states.Count != 2) return null;
        var acting = found.Where(e => !IsNonState(e.Actor1) && e.Actor1.Country is { } c && states.Contains(c)).ToList();
        var closer = acting.LastOrDefault(e => OpensOrShuts(e.Code))?.Actor1.Country
            ?? acting.GroupBy(e => e.Actor1.Country).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key ?? states[0];
        return (GovernmentOf(closer!), GovernmentOf(states.First(c => c != closer)));
    }

    // How many words after a reporting verb the act it tells may stand.
    private const int ToldReach = 8;

    /// <summary>The state forces a statement tells of using force, when they are another state's: the subject of the first
    /// violent verb in what the speaker said.</summary>
    private ActorRef? ForceTold(SentenceView view, Trigger reporting, List<Trigger> triggers, ActorRef teller)
    {
        var told = triggers.FirstOrDefault(x => x.Start > reporting.VerbEnd && x.Pattern.Kind == PatternKind.Verb);
        // (Only the act the statement's own clause tells, its subject right after the verb: not "says it has operated more
        // freely since the Taliban took power".)
        if (told is null || !IsViolent(told.Pattern.Code) || told.Pattern.Code == Seizure || _clauses.IsPassive(view, told)
            || told.Start - reporting.VerbEnd > ToldReach
            || Enumerable.Range(reporting.VerbEnd + 1, told.Start - reporting.VerbEnd - 1).Any(k => view.Lower[k] is ";" or "," or "since" or "after" or "when" or "while" or "before"))
            return null;
        return _clauses.Subjects(view, told.Start) is [{ Country.Length: 3 } doer] && !IsNonState(doer) && doer.Country != teller.Country ? doer : null;
    }

    private const string Apology = "055";
    // A plain statement ("said", "told").
    private const string PlainStatement = "010";
    private const string Release = "0841";

    /// <summary>Whether the verb's direct object is the subject's own side ("criticised the federal government"), or the
    /// actor a participle follows ("wrote to the federal government urging ..."); an owner ("conveyed Pakistan's concern")
    /// is none.</summary>
    private static bool NamesOwnSide(SentenceView s, Trigger t, ActorRef subject)
    {
        int k = ClauseReader.FirstObjectWord(s, t.VerbEnd);
        bool Own(int i) => i >= 0 && i < s.Count && s.ActorAt(i) is { } named && ActorSides.Same(named, subject) && !s.IsPossessive(s.MentionEnd(i));
        return Own(k) || (s.Lower[t.Start].EndsWith("ing") && Own(t.Start - 1));
    }

    /// <summary>Whether a code is a crossing or border shut (191) or opened (081).</summary>
    private static bool OpensOrShuts(string code) => code is "191" or "081";

    private static bool IsViolent(string code) => code[..2] is "18" or "19" or "20";

    /// <summary>Whether no other nameless attack was told after <paramref name="i"/> in an earlier sentence (one in the
    /// claim's own sentence is the same attack told twice).</summary>
    /// <summary>Moves the indices into the events found from <paramref name="at"/> on one place up, for an event inserted there.</summary>
    private static void ShiftFrom(int at, HashSet<int> indices, Dictionary<int, int> links)
    {
        var moved = indices.Where(i => i >= at).ToList();
        indices.ExceptWith(moved);
        indices.UnionWith(moved.Select(i => i + 1));
        var shifted = links.ToList();
        links.Clear();
        foreach (var (from, to) in shifted) links[from >= at ? from + 1 : from] = to >= at ? to + 1 : to;
    }

    private static bool LatestNameless(List<CodedEvent> found, int i, int sentenceFirst) =>
        !found.Skip(i + 1).Take(Math.Max(0, sentenceFirst - i - 1)).Any(e => IsViolent(e.Code) && e.Actor1 is { Group: null, Role: "INS" } && e.Sentences[0] != found[i].Sentences[0]);

    /// <summary>"... and appealed to donors": an addressee named after "to" who is no actor (the act has its own, unnamed).</summary>
    private static bool NamelessAddressee(SentenceView s, int verbEnd)
    {
        int k = verbEnd + 1;
        if (k >= s.Count || s.Lower[k] != "to") return false;
        k++;
        // (A quotation may open the phrase: appealed to "Muslim countries and the international community".)
        if (k < s.Count && s.Lower[k] is "\"" or "“") k++;
        if (k < s.Count && s.Lower[k] is "the" or "all" or "international") k++;
        // ("Muslim countries", "Western donors": a capitalised modifier that names no actor.)
        if (k + 1 < s.Count && s.MentionAt[k] is null && char.IsUpper(s.Tokens[k].Text[0]) && s.IsWord(k + 1) && char.IsLower(s.Tokens[k + 1].Text[0])) k++;
        return k < s.Count && s.IsWord(k) && s.MentionAt[k] is null && s.Lower[k].EndsWith('s') && !s.Lower[k].EndsWith("ss") && char.IsLower(s.Tokens[k].Text[0]);
    }

    /// <summary>Denials and rejections: what they refuse is no target of theirs.</summary>
    private static bool IsRefusal(string code) => code == "016" || code[..2] == "12";

    /// <summary>Whether a verb of asking with nothing after it follows a question it tells ("... weapons?" he asked.).</summary>
    private static bool AsksQuestion(SentenceView s, Trigger t) =>
        (t.VerbEnd + 1 >= s.Count || s.Lower[t.VerbEnd + 1] is "." or "," or ";" or "\"" or "”")
        && Enumerable.Range(0, t.Start).Any(k => s.Lower[k] == "?");


    /// <summary>
    /// "Pakistan rejected these demands", "a charge Islamabad rejects": a verb whose object refers back to an earlier act
    /// targets that act's actor.
    /// </summary>
    private CodedEvent? ReferredEvent(SentenceView s, Trigger t, List<CodedEvent> earlier, ActorRef subject)
    {
        if (t.Pattern.Kind != PatternKind.Verb) return null;
        // (A charge refused is not one a third party aimed at another side's state: "the UNHCR was concerned by Pakistan's
        // arrests ... a charge the Taliban rejected" refuses Pakistan's.)
        bool Refusable(CodedEvent e) => !(IsRefusal(t.Pattern.Code) && e.Root == "11" && e.Actor2 is { Role: not ("CVL" or "REF"), Country: { Length: 3 } aimedAt }
            && aimedAt != subject.Country && e.Actor1.Country != subject.Country && e.Actor1.Group is not null && e.Actor1.Country is null);
        if (FrontedObject(s, t) is { } fronted)
            // "The Foreign Office said the hijackers had handlers in Afghanistan, a charge Kabul rejected": with no
            // such act coded, the charge is what the sentence's speaker said.
            return earlier.LastOrDefault(e => fronted.Contains(e.Root) && Other(e.Actor1, subject) && Refusable(e))
                ?? earlier.LastOrDefault(e => e.Sentences[0] == s.Sentence.Index && e.Root == "01" && Other(e.Actor1, subject));
        // ("condemned the attack" after an attack and the operation that answered it: the attack, the noun's likeliest
        // root, where it was told near the latest act of any of its roots.)
        if (ReferringObject(s, t) is not { } roots) return null;
        // ("froze the bank account", "detained senior figures": what was said is the object only of speech or refusal.)
        if (roots.All(r => r is "01" or "11") && !CameoCodes.IsStatement(t.Pattern.Code)) return null;
        // "Kakar said attacks had risen since the Taliban returned. Kabul rejected the charge": a charge refused is one made
        // against the refusing side; with none near, what another side said just before (not activists' accusation of a
        // third party some paragraphs back).
        // (Only a noun that is first of all a charge: "rejected the report" refuses whoever reported.)
        if (roots[0] == "11" && IsRefusal(t.Pattern.Code)
            && (earlier.LastOrDefault(e => e.Root == "11" && e.Actor2 is { Role: not ("CVL" or "REF") } accused && ActorSides.Same(accused, subject) && Other(e.Actor1, subject)
                    && s.Sentence.Index - e.Sentences[^1] <= ChargeReach)
                ?? earlier.LastOrDefault(e => e.Code == PlainStatement && !ActorSides.Same(e.Actor1, subject) && s.Sentence.Index - e.Sentences[^1] <= 1)) is { } charge)
            return charge;
        // (A bare "it" or "this" refused is only a charge or a statement so found.)
        if (ReferenceEquals(roots, ChargeRoots)) return null;
        // ("the heaviest raid since Pakistan's strikes in Kunar in April 2022 ... condemned the strikes": an act told only to
        // measure time from is not the one answered.)
        // ("condemned the attack" after the attack and the operations against militants that followed it: a state's own
        // forces fighting insurgents at home are not what others condemn as "the attack"; air strikes, often across a
        // border the text names only as "two Afghan provinces", are.)
        bool Condemnable(CodedEvent e) => !(t.Pattern.Code[..2] == "11" && e.Code != "195" && FightsInsurgentsAtHome(e));
        bool Told(CodedEvent e) => Refusable(e) && Condemnable(e) && !EventDating.InSinceClause(s.Document, e);
        var latest = earlier.LastOrDefault(e => roots.Contains(e.Root) && Other(e.Actor1, subject) && Told(e));
        var likeliest = earlier.LastOrDefault(e => e.Root == roots[0] && Other(e.Actor1, subject) && Told(e));
        return likeliest is not null && latest is not null && latest.Sentences[0] - likeliest.Sentences[0] <= ReferenceReach ? likeliest : latest;
    }

    /// <summary>The roots of what a bare "this" or "it" refused refers to: a charge, or a claim.</summary>
    private static readonly string[] ChargeRoots = ["11", "01"];

    /// <summary>"..., a charge Islamabad rejects": the roots of an object noun standing before the subject, or null.</summary>
    private IReadOnlyList<string>? FrontedObject(SentenceView s, Trigger t)
    {
        int k = t.Start - 1;
        if (k >= 0 && s.MentionAt[k] is not null) k = s.MentionStart(k) - 1;
        if (k >= 0 && s.Lower[k] is "the") k--; // "a charge the Taliban government rejects"
        return k >= 1 && k < t.Start - 1 && s.Lower[k - 1] is "a" or "an" or "the" or "this" or "that" ? _referring.RootsOf(s.Lower[k]) : null;
    }

    /// <summary>"rejected the accusation", "a charge Kabul dismissed": a verb refusing a charge.</summary>
    private bool ChargeRefused(SentenceView s, Trigger t) =>
        IsRefusal(t.Pattern.Code) && (ReferringObject(s, t) ?? FrontedObject(s, t)) is { } roots && roots.Contains("11");

    /// <summary>The roots of the act a verb's object refers back to ("rejected these demands", "condemned what it called
    /// the hasty expulsions"), or null where the object is no such noun.</summary>
    private IReadOnlyList<string>? ReferringObject(SentenceView s, Trigger t)
    {
        if (t.Pattern.Kind != PatternKind.Verb) return null;
        int from = t.VerbEnd + 1;
        // "The Taliban deny this", "Kabul denied it": a refusal of what was just said refuses a charge or a claim.
        if (IsRefusal(t.Pattern.Code) && from < s.Count && s.Lower[from] is "this" or "it" or "these" or "them"
            && (from + 1 == s.Count || s.Lower[from + 1] is "." or "," or ";" or "and" or "but" or "as" or "\"" or "”")) return ChargeRoots;
        // "condemned what it called the hasty expulsions": the words the speaker chose still name the act.
        if (from < s.Count && _words.NamingClauseEnd(s, from) is var named and > 0) from = named;
        // ("concerned about the decision", "concerned by the deportations": past the preposition of a concern.)
        if (t.Pattern.About)
        {
            while (from < s.Count && s.Lower[from] is "\"" or "”" or "’" or "'") from++;
            if (from < s.Count && s.Lower[from] is "about" or "over" or "at" or "by") from++;
            // ("concerned about reports of arrests": about the arrests the reports tell.)
            if (from + 2 < s.Count && s.Lower[from + 1] is "reports" or "report" && s.Lower[from + 2] == "of") from += 3;
            else if (from + 1 < s.Count && s.Lower[from] is "reports" or "report" && s.Lower[from + 1] == "of") from += 2;
        }
        for (int i = from; i < Math.Min(s.Count, from + 5); i++)
        {
            if (_referring.RootsOf(s.Lower[i]) is { } roots)
                // The pattern's own object is no reference back ("carried out airstrikes"); an evaluative one is not the
                // noun ("called it a brave decision").
                return i == t.End && t.End != t.VerbEnd ? null : roots;
            // Determiners and modifiers may stand before the noun ("the hasty and humiliating expulsions", "it a brave decision"),
            // a place too ("the Quetta bombing").
            bool modifier = (s.MentionAt[i] is null
                && (s.Lower[i] is "the" or "these" or "those" or "this" or "that" or "such" or "their" or "its" or "his" or "her" or "and" or "a" or "an" or "both" or "\"" or "“" or "”"
                    || (s.IsWord(i) && !_clauses.IsFunctionWord(s.Lower[i]))))
                || (s.MentionAt[i] is { Kind: MentionKind.Place, Actor: null } && s.MentionStart(i) > from && s.Lower[s.MentionStart(i) - 1] == "the");
            if (!modifier) return null;
        }
        return null;
    }

    // How far after a name its date may stand: ", on June 22", " on Saturday".
    private const int NamedDateReach = 12;

    /// <summary>An event the sentence names: its actors, date and place come from the knowledge base, its evidence from the
    /// text; its day too, where a date right after the name falls in the knowledge base's month ("approved Operation
    /// Azm-e-Istehkam on June 22").</summary>
    private CodedEvent FromName(SentenceView s, NamedEvent named, int nameEnd, IReadOnlyList<TimeExpression> times) => new()
    {
        Actor1 = named.Actor1,
        Actor2 = named.Actor2,
        Code = named.Code,
        Quad = CameoCodes.Quad(named.Code),
        Goldstein = _codes.Goldstein(named.Code),
        Date = times.FirstOrDefault(x => !x.IsLimit && x.Start >= nameEnd && x.Start - nameEnd <= NamedDateReach && x.Date?.ToString() is { } d
                && d.Length > named.Date.Length && d.StartsWith(named.Date, StringComparison.Ordinal))?.Date?.ToString() ?? named.Date,
        Location = named.Place is null ? null : s.Document.Places.FirstOrDefault(p => p.Name == named.Place) ?? new DocumentPlace(named.Place, named.Place, null, null, null),
        Sentences = [s.Sentence.Index],
        Evidence = s.Sentence.Span,
        PatternId = named.Id,
    };

    /// <summary>
    /// Violence with no named target is against the state whose territory it strikes ("a suicide bombing at Quetta's
    /// railway station"), unless a state's own forces act at home, where the target is unknown; aid with no named
    /// recipient goes to the people of the place where it is given.
    /// </summary>
    private static ActorRef? TerritorialTarget(string code, ActorRef actor1, DocumentPlace? place)
    {
        if (place?.Country is not { Length: 3 } country) return null;
        // Aid handed out at a place goes to the people there ("opened camps at Torkham", "rations at Islam Qala").
        if (code == "073") return country == actor1.Country && actor1.Group is null ? null : new ActorRef(country, null, "CVL", country);
        if (code[..2] is not ("18" or "19" or "20")) return null;
        if (!IsNonState(actor1) && actor1.Country == country) return null;
        return new ActorRef(country, null, null, country);
    }

    /// <summary>
    /// Whether the article looks back rather than reports the news of its week: its opening paragraphs name no day of
    /// the week, "today" or "yesterday" (a column, an analysis, an explainer told in order).
    /// </summary>
    private static bool IsRetrospective(Document document)
    {
        var opening = document.Sentences.Where(s => s.Paragraph <= 4).Select(s => s.Span.Of(document.Text));
        return !opening.Any(text => NewsDay().IsMatch(text));
    }

    // ("A year ago today, a man ...": an anniversary opens a look back, not the day's news.)
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?<!\bago\s)today|yesterday|tonight|this week)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NewsDay();

    /// <summary>A country's government, named as the text names it (else by its code).</summary>
    private static ActorRef GovernmentOf(string country, string? name = null) => new(country, null, "GOV", name ?? country);

    /// <summary>The state of an actor's country ("the TTP" fights Pakistan), or null when it has none.</summary>
    private static ActorRef? StateOf(ActorRef a) => a.Country is { Length: 3 } home ? new ActorRef(home, null, null, home) : null;

    /// <summary>The place named last before token <paramref name="before"/> (of the kind <paramref name="wanted"/> asks for,
    /// if given), in this sentence or the <paramref name="reach"/> before it, or null.</summary>
    private static DocumentPlace? PlaceBefore(SentenceView s, int before, int reach = 2, Func<DocumentPlace, bool>? wanted = null) =>
        s.Document.Mentions.Where(m => m.Kind == MentionKind.Place && s.Sentence.Index - m.Sentence <= reach && m.Span.End <= s.Tokens[before].Span.Start)
            .OrderBy(m => m.Span.Start).Select(s.PlaceOf).LastOrDefault(p => p is not null && (wanted is null || wanted(p)));

    /// <summary>The government a capital's name stands for in the article ("Kabul" for the Taliban's), or null.</summary>
    private static ActorRef? CapitalGovernment(SentenceView s, DocumentPlace place) =>
        s.Document.Mentions.FirstOrDefault(m => m.Actor is { Role: "GOV" } && m.Span.Of(s.Document.Text) == place.Name)?.Actor;

    /// <summary>The government of a capital or place: the actor its name stands for in the article ("Kabul" for the
    /// Taliban's), else its country's government.</summary>
    private static ActorRef HostGovernment(SentenceView s, DocumentPlace place) =>
        CapitalGovernment(s, place) ?? GovernmentOf(place.Country!, place.Name);

    /// <summary>The foreign people (not the speaker's) named last in this or the <paramref name="reach"/> previous sentences, or null.</summary>
    private static ActorRef? PeopleInView(SentenceView s, ActorRef speaker, int reach = 2) =>
        s.Document.Mentions.Where(m => m.Actor is { } a && IsPeople(a) && !ActorSides.Same(a, speaker) && m.Sentence >= s.Sentence.Index - reach
            && m.Span.Start < s.Tokens[^1].Span.End).MaxBy(m => m.Span.Start)?.Actor;

    /// <summary>"Pakistan's deportation drive continued": an expulsion named as a noun ("deportation", "expulsion") with no
    /// one named is of the foreign people the article has named, however far back.</summary>
    private static bool IsExpulsionNoun(Trigger t) => t.Pattern.Kind == PatternKind.Noun && t.Pattern.Code == "174";

    /// <summary>"gave undocumented foreigners until November 1 to leave": the act's object is foreigners of no nationality
    /// (clause words `foreigners`), who are the foreign people the article has named, however far back.</summary>
    private bool ForeignersNamed(SentenceView s, Trigger t) =>
        Enumerable.Range(t.VerbEnd + 1, Math.Max(0, Math.Min(s.Count, t.VerbEnd + 5) - t.VerbEnd - 1)).Any(k => _clauses.Is("foreigners", s.Lower[k]));

    /// <summary>"Afghan nationals", "Afghan refugees" (civilians, refugees), or "Afghans" (a bare plural demonym): a
    /// people, not a state or its officials.</summary>
    private static bool IsPeople(ActorRef a) =>
        a.Group is null && (a.Role is "CVL" or "REF" || (a.Role is null && a.Name is { Length: > 3 } name && name.EndsWith('s') && char.IsUpper(name[0]) && !name.Contains(' ')));

    /// <summary>The "as" before a noun ("acted as a broker", "served as mediator"), or null.</summary>
    private static int? AsBefore(SentenceView s, int noun)
    {
        int k = noun - 1;
        if (k >= 0 && s.Lower[k] is "a" or "an" or "the" or "chief" or "main" or "key") k--;
        return k >= 0 && s.Lower[k] == "as" ? k : null;
    }

    /// <summary>A blow a state's forces struck on another state's soil (not at the soil's own people by their own side).</summary>
    private static bool OnSoilOf(CodedEvent e, ActorRef side) =>
        side.Country is { Length: 3 } home && !IsNonState(side) && e.Location?.Country == home && e.Actor1.Country is { Length: 3 } striker
        && striker != home && !IsNonState(e.Actor1);

    /// <summary>The last violent act against <paramref name="side"/>'s side in the article so far, or null.</summary>
    private static CodedEvent? LastBlowAgainst(List<CodedEvent> found, ActorRef side) =>
        found.LastOrDefault(e => IsViolent(e.Code) && e.Actor2 is { } hit && ActorSides.Same(hit, side) && !ActorSides.Same(e.Actor1, side));

    /// <summary>The actor of the last violent act against <paramref name="side"/>'s side in the article so far, or null.</summary>
    private static ActorRef? StruckBy(List<CodedEvent> found, ActorRef side) => LastBlowAgainst(found, side)?.Actor1;

    /// <summary>"the government", "the cabinet": a short reference the recogniser resolved, not a name.</summary>
    private static bool IsGovernmentReference(ActorRef a) =>
        a.Role == "GOV" && a.Name is { } name && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !name.Skip(4).Any(char.IsUpper);

    /// <summary>A named armed group rebelling in its own country ("the TTP").</summary>
    private static bool IsInsurgency(ActorRef a) => a is { Group: not null, Role: "INS" or "REB", Country.Length: 3 };

    /// <summary>An armed group acting on its own (not a government) assaults rather than fights, in CAMEO's terms.</summary>
    private static bool IsNonState(ActorRef a) => a.Role == "INS" || (a.Group is not null && a.Country is not null && a.Role is not ("GOV" or "MIL") && a.Group is not ("TAL" or "UN" or "OIC" or "NATO"));

    /// <summary>The two sides of the border where the act happens, when people named only by their kind ("border forces")
    /// do it: the pair given where its countries are the border's, else the two states' forces; or null.</summary>
    private (ActorRef A, ActorRef B)? BorderSides(SentenceView s, Trigger t, (ActorRef A, ActorRef B)? pair)
    {
        if (Place(s, t)?.Country?.Split('|') is not [var one, var other] || _unnamed.Subject(s, _clauses.ClauseStart(s, t.Start), t.Start, one) is not { } kind)
            return null;
        if (pair is { } p && new[] { p.A.Country, p.B.Country }.Order().SequenceEqual(new[] { one, other }.Order())) return p;
        return (kind with { Country = one }, kind with { Country = other });
    }

    /// <summary>
    /// "Pakistan and Afghanistan signed a trade deal" (in 2025): a state named as it deals with others, short of force,
    /// acts through its government, which is a group's where one governs it then (data/kb/governments.tsv). A state struck,
    /// fighting or coerced stays the state: that is its territory, forces or people as a whole; so does one whose people
    /// rally (14). No side becomes the other's ("the Taliban hosted talks in Afghanistan").
    /// </summary>
    private CodedEvent GovernedStates(Document document, CodedEvent e, PartialDate? reference, IReadOnlySet<string> people)
    {
        bool dealing = string.CompareOrdinal(e.Root, "17") < 0 && e.Root != "14";
        var when = e.Date ?? reference?.ToString();
        // (A state's officials, forces and police are its government's whatever they do: "border forces" at Torkham.)
        // ("The Afghanistan Cricket Board" is named after the state, but is not it: only a name of one or two words is.)
        ActorRef? Governed(ActorRef? a, ActorRef? other) =>
            a is { Group: null, Country: { Length: 3 } country } && (Knowledge.RoleVocabulary.IsStateRole(a.Role) || (dealing && a.Role is null && !IsPeople(a) && a.Name.Split(' ').Length <= 2))
                && _governments.GroupAt(country, when) is { } group && group != other?.Key ? a with { Group = group } : a;
        // "In June 2016, Afghan forces opened fire", "Kabul summoned Pakistan's ambassador": read against the article's date
        // as the group's, a state's forces, officials or capital act for the state alone when the group did not govern it.
        // (Not a stance told as standing now, "Kabul has refused to accept the line", whatever year its sentence names.)
        ActorRef? Ungoverned(ActorRef? a) =>
            a is { Group: { } g, Country: { Length: 3 } country } && e.Date is { } date && _governments.GroupOf(country, null) == g && !_dating.StandsNow(document, e)
                && _governments.NeverDuring(country, g, date) && a.Name != g && !_governments.NamesGroup(g, a.Name) && !people.Contains(a.Name)
                ? a with { Group = null } : a;
        var (a1, a2) = (Governed(Ungoverned(e.Actor1), e.Actor2)!, Governed(Ungoverned(e.Actor2), e.Actor1));
        return ReferenceEquals(a1, e.Actor1) && ReferenceEquals(a2, e.Actor2) ? e : e with { Actor1 = a1, Actor2 = a2 };
    }

    /// <summary>Whether the actor is named after "by" in the sentence ("talks mediated by Qatar"): an agent, not an object.</summary>
    private static bool AfterBy(SentenceView s, ActorRef actor) =>
        Enumerable.Range(0, s.Count).Any(k => s.ActorAt(k)?.Key == actor.Key && s.MentionStart(k) > 0 && s.Lower[s.MentionStart(k) - 1] == "by");

    /// <summary>"Gunmen killed three Chinese engineers in Karachi ... Beijing demanded that the perpetrators be punished": what a
    /// government asks or denies with no one named, where the other side in view is a foreign armed group, it asks of that
    /// group's state.</summary>
    private static ActorRef? AsStateAddressed(ActorRef speaker, ActorRef? counterpart) =>
        counterpart is { Country: { Length: 3 } home } && IsNonState(counterpart) && IsOfficial(speaker) && speaker.Country is { } own && own != home
            ? StateOf(counterpart) : counterpart;

    /// <summary>The other side of the first of <paramref name="pairs"/> that <paramref name="side"/> belongs to ("the article's
    /// main pair, else the pair in view"), or null.</summary>
    private static ActorRef? CounterpartIn(ActorRef side, params (ActorRef A, ActorRef B)?[] pairs) =>
        pairs.Select(p => p is { } pair ? ActorSides.Counterpart(side, pair) : null).FirstOrDefault(c => c is not null);

    /// <summary>"the two countries' forces", "both governments": a state of the pair acts through what the noun names (its
    /// forces, its government), so a governing group governs it as for any state's forces.</summary>
    private static ActorRef AsNamed(ActorRef side, string pairNoun) =>
        side is { Group: null, Role: null, Country.Length: 3 } && pairNoun is "forces" or "armies" or "militaries" or "governments" or "ministers" or "leaders" or "capitals"
            ? side with { Role = pairNoun is "forces" or "armies" or "militaries" ? "MIL" : "GOV" } : side;

    /// <summary>A state, or those who act for it (its government, forces, intelligence), rather than its people or an armed group.</summary>
    private static bool IsOfficial(ActorRef a) =>
        Knowledge.RoleVocabulary.IsStateRole(a.Role) || (a.Role is null && !IsNonState(a) && !IsPeople(a) && (a.Group is null or "TAL"));

    /// <summary>The actors coordinated right before a noun of mediation, or after its "of" ("the mediation of Qatar and
    /// Turkey"); else none.</summary>
    private static List<ActorRef> Mediators(SentenceView s, Trigger t)
    {
        if (t.Start > 0 && s.ActorAt(t.Start - 1) is not null) return ClauseReader.ActorsEndingAt(s, t.Start - 1);
        int k = t.End + 1;
        if (k >= s.Count || s.Lower[k] != "of") return [];
        k++;
        if (k < s.Count && s.Lower[k] == "the") k++;
        return k < s.Count && s.ActorAt(k) is not null ? ClauseReader.ActorsStartingAt(s, k) : [];
    }

    /// <summary>The country of the first state, or its government or forces, named before token <paramref name="before"/>
    /// ("The military said ...": Pakistan's, where the article has named Pakistan's military), or null.</summary>
    private static string? StateBefore(SentenceView s, int before) =>
        Enumerable.Range(0, before).Select(s.ActorAt).FirstOrDefault(a => a is { Group: null, Country.Length: 3, Role: null or "GOV" or "MIL" })?.Country;

    /// <summary>The government of the country where the act happens, or null.</summary>
    private static ActorRef? Authorities(DocumentPlace? place) =>
        place is { Country: { Length: 3 } country } ? GovernmentOf(country, place.Name) : null;

    /// <summary>The people a passive arrest names before its verb with no actor of their own: persons by name ("Sadiq
    /// Achakzai and Ghousullah Achakzai were arrested"), a count ("56 people were taken into custody") or a kind of
    /// civilians ("protesters"), as civilians of <paramref name="country"/>; else null.</summary>
    private ActorRef? ArrestedPeople(SentenceView s, int from, int verb, string country)
    {
        if (_unnamed.Subject(s, from, verb, country) is { Role: "CVL" } kind) return kind;
        for (int k = from; k < verb; k++)
        {
            if (s.MentionAt[k] is { Kind: MentionKind.Person } person && s.ActorAt(k) is null) return new ActorRef(country, null, "CVL", person.Span.Of(s.Document.Text));
            if (char.IsDigit(s.Lower[k][0]) && k + 1 < verb && s.Lower[k + 1] is "people" or "persons" or "men" or "others") return new ActorRef(country, null, "CVL", s.Tokens[k + 1].Text);
        }
        return null;
    }

    /// <summary>The civilians of the country where the act happens, or null.</summary>
    private static ActorRef? LocalPeople(DocumentPlace? place) =>
        place is { Country: { Length: 3 } country } ? new ActorRef(country, null, "CVL", place.Name) : null;

    /// <summary>Where the act happened (see <see cref="EventPlaces"/>).</summary>
    private DocumentPlace? Place(SentenceView s, Trigger t) => _places.Of(s, t);
}
