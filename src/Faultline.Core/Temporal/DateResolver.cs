using System.Text.RegularExpressions;

namespace Faultline.Core.Temporal;

/// <summary>
/// Finds date expressions in a sentence and resolves them against a reference date (the publication date, or the
/// year the article is inferred to be from): full dates, "August 2021", year-less "December 19" or "this October",
/// "in 2014", and relative ones ("last month", "in August last year", "this week"). Precision never exceeds the text's.
/// </summary>
public sealed partial class DateResolver
{
    private readonly DateParser _full;
    private readonly MonthNames _months;
    private readonly Regex _dayMonth, _monthDay, _bareDay, _bareMonth, _year, _relative, _anaphoric, _anaphoricCoarse, _season, _weekdayOfDate;
    private const int MaxRollover = 3;
    private static readonly string[] Counts = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public DateResolver(DateParser full, MonthNames months)
    {
        _full = full;
        _months = months;
        var m = months.Pattern;
        const RegexOptions o = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        // "March 16 this year", "4 July last year": the year phrase belongs to the date.
        const string yearPhrase = @"(?:,?\s+(?:of\s+)?(?<rel>last|this|next|that|the\s+same)\s+year)?";
        _monthDay = new Regex($@"\b(?<m>{m})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})(?!\s*(?:per|percent|%)){yearPhrase}", o);
        _dayMonth = new Regex($@"\b(?<d>\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(?<m>{m})\b(?!\.?,?\s+\d{{4}}){yearPhrase}", o);
        // "On the 12th the talks resumed": a day of the month the story is in ("the 15th round", "the 20th
        // century" are no days: what follows must end the phrase).
        // ("on the 15th", and as spoken: "on the fifteenth", "on the Saturday night, the eleventh".)
        _bareDay = new Regex($@"(?:\b[Oo]n\s+the\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)\b|(?:\b[Oo]n|,)\s+the\s+(?<w>{OrdinalDays})\b)(?=\s*[,.;:]|\s+(?:the|a|an|he|she|they|it|we|as|when|and|at|in)\b)", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _bareMonth = new Regex($@"\b(?:(?<mod>this|last|that|early|late|earlier|mid|in|during|since|by|until|of)\s+)?(?:(?:early|late|mid)[- ])?(?<m>(?-i:January|February|March|April|June|July|August|September|October|November|December)|(?<=\b(?:in|since|by|until|of|early|late|mid|this|last)[- ])(?-i:May))\b(?!\s+\d)(?<ly>\s+(?:of\s+)?(?<rel>last|this|next|that|the\s+same)\s+year)?", o);
        _year = new Regex(@"(?<![\d,.$])\b(?<y>(?:19|20)\d{2})\b(?!s|\s*(?:per|percent|%|km|people|attacks))", o);
        _anaphoric = new Regex($@"\b(?:(?:on\s+)?(?:the\s+same|that)\s+(?:day|night|evening|morning|afternoon)|later\s+that\s+(?:day|night|evening)|the\s+(?:following|next)\s+(?:day|night|evening|morning|afternoon)|the\s+day\s+(?:after|(?<back>before))|(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|nights?)\s+(?:later|after(?:wards)?|(?<back>earlier|before))|within\s+(?<n>a|one|two|three|four|five|six|seven)\s+days?(?!\s+of\b)|(?<hours>(?:(?:a\s+few|several|some|an|one|two|three|four|five|six|\d)\s+)?(?:hours?|minutes?))\s+(?:after|(?<back>before))|(?<hours>within\s+(?:hours|minutes|the\s+hour))(?!\s+of\s+(?:an?|each|every)\b)|the\s+(?:following|next)\s+(?<nextwd>{Weekdays}))\b", o);
        // "the following month", "three weeks later", "later that year": counted from the last month the text told.
        _anaphoricCoarse = new Regex(@"\b(?:the\s+(?:following|next)\s+(?<u>week|month|year)|(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<u>week|month|year)s?\s+(?:later|afterwards|(?<link>after|before))|later\s+that\s+(?<u>month|year)(?<same>))\b", o);
        // "the following summer", "that winter", "in the autumn of 2023", "last spring": a season dates an act to its year.
        // ("fall" only where a year or a determiner of time says it is one: "the fall of Kabul" is not.)
        _season = new Regex(@"\b(?:(?<mod>this|last|that|the\s+same|the\s+following|the\s+next|the\s+previous|in\s+the|during\s+the|by\s+the|until\s+the|since\s+the|through\s+the)\s+)?(?:(?:early|late|mid)[- ])?(?<s>spring|summer|autumn|winter|(?<fall>fall))\b(?:\s+(?:of\s+)?(?<y>(?:19|20)\d{2})\b)?", o);
        // "Sunday, October 19", "Tuesday 4 March": what follows a weekday that names the date after it (a capitalised month).
        _weekdayOfDate = new Regex($@"^\s*,?\s*(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?=\p{{Lu}})(?:{m})\b\.?\s*\d{{0,2}}\b", o);
        _relative = new Regex($@"\b(?<e>(?:last|this|next|earlier this|later this|the previous|the past)\s+(?<u>week|month|year)|yesterday|today|on\s+(?<wd>{Weekdays})|(?<=\b(?:since|until|from|last|by|of|late|early)\s)(?<modified>)(?<wd>{Weekdays})|(?<wd>{Weekdays})(?=\s+(?:night|morning|evening|afternoon)\b))\b", o);
    }

    /// <param name="anchor">The date of the last dated act before this sentence, for "the same day", "two days later".</param>
    /// <param name="narrative">The month and year the narrative has reached ("In August 2021 ..."), for a month told
    /// without a year right after it ("in the first week of September" is September 2021, not of the publication year).</param>
    /// <param name="lastMonth">The last date told to at least the month, for "the following month", "three weeks later".</param>
    /// <param name="forward">A retrospective told in order: a month without a year is the first such month from the
    /// narrative's on, into the next year if need be ("by November ... on 9 December ... in May").</param>
    /// <param name="referredAct">The date of the act "a month after the bombing" names, where the caller found it.</param>
    /// <param name="section">The day a section heading names ("THURSDAY, OCT. 9"): a weekday is the one nearest it.</param>
    /// <param name="lastYear">The year of the last date or year told ("TTP attacks rose through 2022"), for "in April that year".</param>
    public IReadOnlyList<TimeExpression> Find(string text, PartialDate? reference, PartialDate? anchor = null, PartialDate? narrative = null, PartialDate? lastMonth = null, bool forward = false, PartialDate? referredAct = null, PartialDate? section = null, PartialDate? lastYear = null)
    {
        var found = new List<TimeExpression>();
        // The year "that year" after a match means: one the sentence named before it, else the last one told.
        PartialDate? YearTold(Match x) => YearBefore(text, x.Index) ?? lastYear ?? lastMonth;
        foreach (var (date, index, length) in _full.FindAll(text))
            found.Add(new TimeExpression(index, index + length, date, IsSince(text, index), "full", After(text, index, "since")) { Ends = Ends(text, index) });
        foreach (Match x in _bareMonth.Matches(text))
        {
            // "May" is also a modal verb: only a month when a preposition or modifier says so.
            // "March last year" is in the year before the reference's; "last March" is the latest March before it.
            // ("a wave of bombings in early 2017 that February": "that" is the year just told.)
            var rel = x.Groups["rel"].Success ? x.Groups["rel"].Value.ToLowerInvariant() + " year" : x.Groups["mod"].Value.ToLowerInvariant() is "this" or "last" ? x.Groups["mod"].Value.ToLowerInvariant()
                : x.Groups["mod"].Value.Equals("that", StringComparison.OrdinalIgnoreCase) ? "that year" : null;
            var month = ThatYear(Month(x), null, rel, YearTold(x)) ?? InNarrative(Month(x), null, rel, narrative, reference, forward) ?? YearLess(Month(x), null, rel, reference);
            // "since early April", "until late May": the match opens with its own "since" or "until", which says it is a
            // limit. ("by November Islamabad had agreed" tells when an act was done by; it stays a date.)
            var mod = x.Groups["mod"].Value.ToLowerInvariant();
            if (mod is "since" or "until")
                Add(found, x, month, text, "month", limit: true, since: mod == "since");
            else Add(found, x, month, text, "month");
        }
        // "Talks began in October last year, and a truce took effect on Nov. 9": a day told without a year after a month the
        // sentence has already dated is read in that month's narrative, as after one a sentence before told.
        PartialDate? NarrativeAt(Match x) => found.Where(t => t.End <= x.Index && !t.IsLimit && t.Date is { Month: not null }).MaxBy(t => t.End)?.Date ?? narrative;
        foreach (Match x in _monthDay.Matches(text)) Add(found, x, ThatYear(Month(x), int.Parse(x.Groups["d"].Value), Rel(x), YearTold(x)) ?? InNarrative(Month(x), int.Parse(x.Groups["d"].Value), Rel(x), NarrativeAt(x), reference, forward) ?? YearLess(Month(x), int.Parse(x.Groups["d"].Value), Rel(x), reference), text, "month-day");
        foreach (Match x in _dayMonth.Matches(text)) Add(found, x, ThatYear(Month(x), int.Parse(x.Groups["d"].Value), Rel(x), YearTold(x)) ?? InNarrative(Month(x), int.Parse(x.Groups["d"].Value), Rel(x), NarrativeAt(x), reference, forward) ?? YearLess(Month(x), int.Parse(x.Groups["d"].Value), Rel(x), reference), text, "day-month");
        foreach (Match x in _bareDay.Matches(text))
            Add(found, x, DayOfStoryMonth(x.Groups["d"].Success ? int.Parse(x.Groups["d"].Value) : Array.IndexOf(OrdinalDayWords, x.Groups["w"].Value) + 1, lastMonth ?? narrative, reference), text, "month-day");
        // "the 2010 transit agreement", "the 2018 merger": a year before a noun names a thing (dating only that noun's act).
        foreach (Match x in _year.Matches(text)) Add(found, x, new PartialDate(int.Parse(x.Groups["y"].Value)), text, DeterminerBefore().IsMatch(text[..x.Index]) && NounAfter().IsMatch(text[(x.Index + x.Length)..]) ? Attributive : "year");
        foreach (Match x in _season.Matches(text))
            if (Season(x, reference, narrative, lastMonth ?? lastYear, YearTold(x), forward) is { } position)
                found.Add(new TimeExpression(x.Index, x.Index + x.Length, new PartialDate(position.Year), IsSince(text, x.Index) || x.Groups["mod"].Value.StartsWith("since", StringComparison.OrdinalIgnoreCase)
                        || x.Groups["mod"].Value.StartsWith("by", StringComparison.OrdinalIgnoreCase) || x.Groups["mod"].Value.StartsWith("until", StringComparison.OrdinalIgnoreCase),
                    "season", x.Groups["mod"].Value.StartsWith("since", StringComparison.OrdinalIgnoreCase))
                {
                    // ("that winter" after a January is the winter it was in, not the December after: it moves nothing.)
                    Position = x.Groups["mod"].Value.ToLowerInvariant() is "that" or "the same" ? null : position,
                    Ends = Ends(text, x.Index),
                });
        // ("last Friday", "since Monday" under a dated heading still count from the report's day.)
        var weekdays = new List<(Match Match, int At)>();
        foreach (Match x in _relative.Matches(text))
            // "Sunday, October 19", "Tuesday 4 March": the weekday names the date after it, which says the day.
            if (!(x.Groups["wd"].Success && _weekdayOfDate.IsMatch(text[(x.Index + x.Length)..])))
            {
                if (x.Groups["wd"].Success && !x.Groups["modified"].Success) weekdays.Add((x, found.Count));
                Add(found, x, Relative(x, reference, x.Groups["modified"].Success ? null : section, After(text, x.Index, "last")), text, "relative");
            }
        // "ten days ago", "two months ago", "a year ago": counted back from the reference, to the unit's precision (weeks to
        // their month: "three weeks ago" tells no day).
        // ("four years ago, in August 2021": the date the phrase restates says it better.)
        foreach (Match x in Ago().Matches(text))
            if (!found.Any(t => t.Start >= x.Index + x.Length && t.Start - (x.Index + x.Length) <= 6))
                Add(found, x, Ago(x, reference), text, "relative");
        // "Saturday's attack", "Monday's raids": a weekday modifying a noun dates that noun, like an attributive year.
        foreach (Match x in WeekdayPossessive().Matches(text))
            Add(found, x, Relative(x, reference, section, false), text, Attributive);
        foreach (Match x in _anaphoric.Matches(text))
        {
            // "Fighting broke out on October 11, two days after explosions in Kabul", "The strikes came three days after
            // militants overran a post": what follows is the earlier act, counted back from the sentence's own day, else
            // from the act just told; "On November 28, a day before the general took over, ..." counts on the same way.
            // Opening the sentence ("Two days after militants killed seven soldiers, Pakistan bombed ...") or naming the
            // act told ("two days after the clash"), it dates the sentence's act from the act just told.
            bool relates = x.Value.EndsWith("after", StringComparison.OrdinalIgnoreCase) || x.Value.EndsWith("before", StringComparison.OrdinalIgnoreCase);
            bool opening = Opens(text, x.Index);
            // (So does one naming the earlier act, "a day after the clash", where the sentence has a day of its own: "On
            // Nov. 29, a day after the TTP called off its ceasefire, ...".)
            if (relates && !opening && (!DefiniteAfter().IsMatch(text[(x.Index + x.Length)..]) || DefiniteClauseAfter().IsMatch(text[(x.Index + x.Length)..])
                    || found.Any(t => t.Kind is "full" or "month-day" or "day-month" && t.Date is { Day: not null } && !t.IsLimit && t.End <= x.Index)))
            {
                var own = found.Where(t => t.Date is { Day: not null } && !t.IsLimit).OrderBy(t => Math.Abs(t.Start - x.Index)).FirstOrDefault()?.Date;
                // "In July, ..., a day after ...": a sentence with only a coarser date of its own is counted from that date, not from
                // the last act (a few days from a month are most often still in it).
                // (Only a date framing it from before counts: "... three days after fighters overran a post, in the deadliest
                // attack this year" is still counted from the last act.)
                var from = own ?? (found.Where(t => t.Date is not null && !t.IsLimit && t.Start < x.Index).MaxBy(t => t.Start) is { } framing ? framing.Date : anchor);
                Add(found, x, Anaphoric(x, from, relation: x.Value.EndsWith("before", StringComparison.OrdinalIgnoreCase) ? 1 : -1), text, Earlier);
            }
            // ("By the next morning the ministry was promising ...": in a story told in the past, "by" with an anaphoric
            // day is when, not a deadline.)
            // ("After the TTP killed 11 soldiers on 7 October, Pakistan struck Kabul two days later": counted from the day the
            // sentence told before it, where it told one.)
            else Add(found, x, Anaphoric(x, (relates ? null : found.Where(t => t.Date is { Day: not null } && !t.IsLimit && t.End <= x.Index).MaxBy(t => t.End)?.Date) ?? anchor),
                text, "anaphoric", limit: IsSince(text, x.Index) && !After(text, x.Index, "by"));
        }
        // "three months after the Taliban takeover" counts from that act, which the text names: not from the last month
        // told; with no date known for that act, it tells nothing.
        foreach (Match x in _anaphoricCoarse.Matches(text))
        {
            var rest = text[(x.Index + x.Length)..];
            bool relates = x.Groups["link"].Success;
            int direction = x.Groups["link"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            // "India will upgrade its mission, four years after it pulled its diplomats out": what follows is the earlier
            // act, counted back from the sentence's own date (else the act just told), as with days.
            // (A definite act, "four months after the Taliban takeover", too where the sentence has told its own date first.)
            var own = found.Where(t => t.Date is not null && !t.IsLimit && t.End <= x.Index).MaxBy(t => t.End)?.Date;
            if (relates && !Opens(text, x.Index) && ActAfter().IsMatch(rest)
                && (!DefiniteAfter().IsMatch(rest) || DefiniteClauseAfter().IsMatch(rest) || own is not null))
            {
                var from = own ?? anchor;
                Add(found, x, Coarse(x, from, -direction), text, Earlier);
            }
            else if (!(relates && DefiniteAfter().IsMatch(rest)))
                Add(found, x, Coarse(x, WeeksFrom(x, anchor, lastMonth), direction), text, "anaphoric");
            else if (referredAct is not null)
                Add(found, x, Coarse(x, referredAct, direction), text, "anaphoric");
        }
        // "Two days later, on Saturday night, Taliban forces attacked": a weekday set beside a day counted from the story
        // is the one nearest that day, not the report's last.
        foreach (var (x, at) in weekdays)
            if (found.FirstOrDefault(t => t.Kind == "anaphoric" && !t.IsLimit && t.Date is { Day: not null } && t.End <= x.Index && x.Index - t.End <= WeekdayBesideCount
                    && !text.AsSpan(t.End, x.Index - t.End).ContainsAny(".;")) is { Date: { } counted }
                && Relative(x, reference, counted) is { } near)
                found[at] = found[at] with { Date = near };
        return Longest(found);
    }

    /// <summary>"on the 15th": that day of the month the story has reached, else of the reference's month (the month
    /// before, where the day is still to come).</summary>
    private static PartialDate? DayOfStoryMonth(int day, PartialDate? story, PartialDate? reference)
    {
        PartialDate? month = story is { Month: not null } ? story : reference is { Month: { } rm, Day: { } rd } r
            ? (day <= rd ? new PartialDate(r.Year, rm) : new PartialDate(rm == 1 ? r.Year - 1 : r.Year, rm == 1 ? 12 : rm - 1))
            : null;
        return month is { Month: { } m } found && day >= 1 && day <= DateTime.DaysInMonth(found.Year, m) ? new PartialDate(found.Year, m, day) : null;
    }

    /// <summary>The month that stands for each season (the northern hemisphere's, middle month; winter from its December).</summary>
    private static int SeasonMonth(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 4,
        "summer" => 7,
        "autumn" or "fall" => 10,
        _ => 12,
    };

    /// <summary>
    /// The season's month and year: "of 2023" says its year; "that summer" is the last year told's, "the following
    /// summer" the first after the last month told, "last summer" the latest before the reference; a bare one ("in the
    /// summer") is read as a month without a year would be.
    /// </summary>
    /// <param name="lastTold">The last month told (else year), for "the following summer".</param>
    /// <param name="yearTold">The year "that" means here (see <c>YearTold</c>), for "that summer".</param>
    private static PartialDate? Season(Match x, PartialDate? reference, PartialDate? narrative, PartialDate? lastTold, PartialDate? yearTold, bool forward)
    {
        int month = SeasonMonth(x.Groups["s"].Value);
        var mod = Regex.Replace(x.Groups["mod"].Value.ToLowerInvariant(), @"\s+", " ");
        if (x.Groups["y"].Success) return new PartialDate(int.Parse(x.Groups["y"].Value), month);
        // "fall" without a year is a season only after a determiner of time ("last fall", "that fall").
        // ("that fall" is as often a relative clause: "duties that fall hardest on small traders".)
        if (x.Groups["fall"].Success && mod is not ("this" or "last" or "the following" or "the next" or "the previous")) return null;
        switch (mod)
        {
            case "that" or "the same":
                return yearTold is { } told ? new PartialDate(told.Year, month) : null;
            case "the following" or "the next":
                return lastTold is { Month: { } m } after ? new PartialDate(month > m ? after.Year : after.Year + 1, month) : lastTold is { } y ? new PartialDate(y.Year + 1, month) : null;
            case "the previous":
                return lastTold is { Month: { } m2 } before ? new PartialDate(month < m2 ? before.Year : before.Year - 1, month) : null;
            case "last":
                return reference is { Month: { } rm } r ? new PartialDate(month < rm ? r.Year : r.Year - 1, month) : reference is { } ry ? new PartialDate(ry.Year - 1, month) : null;
            case "this":
                return reference is { } now ? new PartialDate(now.Year, month) : null;
            default:
                // "in the summer", "during the winter": as a month named alone; a bare "summer" with no article is an
                // adjective as often ("summer power") and tells nothing.
                if (mod.Length == 0) return null;
                return InNarrative(month, null, null, narrative, reference, forward) ?? YearLess(month, null, null, reference);
        }
    }

    /// <summary>"A week later" counts from the last day told ("closed since October 12") where no later month was told
    /// since; months and years count from the last month told.</summary>
    private static PartialDate? WeeksFrom(Match x, PartialDate? anchor, PartialDate? lastMonth) =>
        x.Groups["u"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) && anchor is { Month: { } am, Day: not null } a
            && (lastMonth is not { Month: { } lm } l || (a.Year, am).CompareTo((l.Year, lm)) >= 0) ? a : lastMonth;

    /// <summary>"the following month" after March 2023 is April 2023; "three weeks later" after 15 August 2021 is 5 September 2021.</summary>
    /// <param name="direction">1 counts forward from <paramref name="from"/>, -1 back ("four years after it pulled out").</param>
    private static PartialDate? Coarse(Match x, PartialDate? from, int direction = 1)
    {
        int n = direction * (x.Groups["same"].Success ? 0 : x.Groups["n"].Success ? Math.Max(1, Array.IndexOf(Counts, x.Groups["n"].Value.ToLowerInvariant())) : 1);
        bool years = x.Groups["u"].Value.Equals("year", StringComparison.OrdinalIgnoreCase);
        // (A year counted from a year needs no month.)
        if (from is not { Month: { } m } f) return years && from is { } y ? new PartialDate(y.Year + n) : null;
        switch (x.Groups["u"].Value.ToLowerInvariant())
        {
            case "year":
                return new PartialDate(f.Year + n);
            case "month":
                var month = new DateTime(f.Year, m, 1).AddMonths(n);
                return new PartialDate(month.Year, month.Month);
            default:
                // Weeks from a day: "a week later" after 12 October is 19 October ("the following week", with no count, only
                // that week's month). From a month alone, "the following week" is as likely the same month as the next.
                if (f.Day is not { } d) return n == 0 ? new PartialDate(f.Year, m) : null;
                var day = new DateTime(f.Year, m, d).AddDays(7 * n);
                return x.Groups["n"].Success ? new PartialDate(day.Year, day.Month, day.Day) : new PartialDate(day.Year, day.Month);
        }
    }

    /// <summary>The kind of a year used as a modifier ("the 2010 transit agreement"): it dates the noun it modifies, nothing else.</summary>
    public const string Attributive = "attributive";

    // (A possessive too: "Pakistan's 1971 surrender".)
    [GeneratedRegex(@"(?:\b(?:the|a|an|its|their|his|her|this)|\w['’]s)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"^\s+[a-z]")]
    private static partial Regex NounAfter();

    /// <summary>The weekday words, for the expressions that name a day of the week.</summary>
    private const string Weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    [GeneratedRegex(@"\b(?<wd>" + Weekdays + @")(?=['’]s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPossessive();

    /// <summary>The kind of "A, two days after B" and "A, a day before B": it dates only what follows it (B), never A before it.</summary>
    public const string Earlier = "anaphoric-earlier";

    [GeneratedRegex(@"^\s+(?:the|that|this|these|those|its|their|his|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteAfter();

    /// <summary>Whether an expression at <paramref name="index"/> opens the sentence (an opening quotation mark aside).</summary>
    private static bool Opens(string text, int index) => text.AsSpan(0, index).Trim().TrimStart("\"“").Length == 0;

    /// <summary>An act told after "four years after": words, not the end of the phrase ("a year after, ...").</summary>
    [GeneratedRegex(@"^\s+\p{L}")]
    private static partial Regex ActAfter();

    /// <summary>"a day after the UN had urged Tehran": a clause with a definite subject, which tells an act of its own
    /// rather than naming one told before.</summary>
    [GeneratedRegex(@"^\s+(?:the|that|this|these|those|its|their|his|her)(?:\s+(?!(?:which|that|who|whom|and)\b)[\w'’,-]+){1,8}?\s+had\s+\w+", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteClauseAfter();

    private static string? Rel(Match x) => x.Groups["rel"].Success ? x.Groups["rel"].Value.ToLowerInvariant() : null;

    private int Month(Match x) => _months.Month(x.Groups["m"].Value) ?? throw new InvalidOperationException("month pattern matched a non-month");

    // How far after a counted day ("two days later, ") a weekday may stand to be that day's.
    private const int WeekdayBesideCount = 6;

    /// <param name="limit">Whether it is a limit, where the match itself says so; else the word before it decides.</param>
    private static void Add(List<TimeExpression> found, Match x, PartialDate? date, string text, string kind, bool? limit = null, bool? since = null) =>
        found.Add(new TimeExpression(x.Index, x.Index + x.Length, date, limit ?? IsSince(text, x.Index), kind, since ?? After(text, x.Index, "since")) { Ends = Ends(text, x.Index) });

    /// <summary>Whether <paramref name="word"/> stands right before the expression, or before the edge of its span ("since the start of July").</summary>
    private static bool After(string text, int index, string word)
    {
        if (SpanEdge().Match(text[..index]) is { Success: true } edge) index = edge.Index;
        var before = text[..index].TrimEnd();
        return before.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase) || before.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"since 1994" says when something began, "by 1 November", "until May" or "lasted into the summer" a deadline
    /// or an end: neither is when an act happened.</summary>
    private static bool IsSince(string text, int index)
    {
        foreach (var word in new[] { "since", "since the", "by", "until", "till", "before", "into", "into the" })
            if (After(text, index, word)) return !(word == "by" && ByOpensPastTelling(text, index));
        // "extended the cards by a year, to 30 June 2025", "to the end of June": the new deadline, not the day of the extension.
        if (SpanEdge().Match(text[..index]) is { Success: true } edge) index = edge.Index;
        return ExtendedTo().IsMatch(text[..index]);
    }

    [GeneratedRegex(@"\b(?:extend|extends|extended|extending|postpone|postpones|postponed|postponing|defer|defers|deferred|deferring|push(?:es|ed|ing)?\s+back)\b[^;:]{0,100}\bto\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedTo();

    /// <summary>"By the end of 2024 the relationship had reached the point where ...": "by" opening a sentence told in the
    /// past perfect says when things stood, not a deadline.</summary>
    private static bool ByOpensPastTelling(string text, int index)
    {
        if (SpanEdge().Match(text[..index]) is { Success: true } edge) index = edge.Index;
        return text[..index].Trim().TrimStart('"', '“').Equals("by", StringComparison.OrdinalIgnoreCase) && PastPerfect().IsMatch(text[index..]);
    }

    // (The main clause's verb: "By November 1, Afghans who had entered illegally must leave" is still a deadline.)
    [GeneratedRegex(@"^(?:(?!\b(?:who|which|that|whom|whose)\b)[^;])*?\bhad\s+\w+", RegexOptions.IgnoreCase)]
    private static partial Regex PastPerfect();

    /// <summary>Whether the expression tells when a state ended: "lasted into the summer", "the crossing stayed shut until
    /// March 20" (not a deadline ahead: "extended the cards until June 30").</summary>
    private static bool Ends(string text, int index) =>
        After(text, index, "into") || After(text, index, "into the") || LastedUntil().IsMatch(text[..index]);

    [GeneratedRegex(@"\b(?:lasted|held|continued|remained|stayed|ran|persisted|dragged\s+on|went\s+on)\b[^.,;]{0,40}\s(?:until|till)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LastedUntil();

    [GeneratedRegex(@"\b(?:the\s+)?(?:end|start|beginning|middle|close)\s+(?:of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanEdge();

    /// <summary>"protested during 2023, and ... an exchange of fire in September that year": the last year the sentence
    /// names before <paramref name="index"/>, or null.</summary>
    private PartialDate? YearBefore(string text, int index) =>
        _year.Matches(text[..index]).LastOrDefault() is { } y ? new PartialDate(int.Parse(y.Groups["y"].Value)) : null;

    /// <summary>"In December that year", "on 3 May the same year": the year of the last date told.</summary>
    private static PartialDate? ThatYear(int month, int? day, string? relative, PartialDate? lastTold)
    {
        if (relative is null || !(relative.StartsWith("that") || relative.StartsWith("the same")) || lastTold is not { } told) return null;
        if (day is { } d && d > DateTime.DaysInMonth(told.Year, month)) return null;
        return new PartialDate(told.Year, month, day);
    }

    /// <summary>
    /// A month without a year after a narrative's dated month, later in the year it names ("In August 2021 ... in the first
    /// week of September" is September 2021), if that is not after the reference; else null.
    /// </summary>
    private static PartialDate? InNarrative(int month, int? day, string? relative, PartialDate? narrative, PartialDate? reference, bool forward)
    {
        // Only later in the same year, unless the text is told in order: a month before it is as likely a return to the
        // present ("In May 2023, ... Dar's visit on 19 April" read in 2025).
        if (relative is not null || narrative is not { Month: { } from } n || (month < from && !forward)) return null;
        bool rollover = month < from || (month == from && day is { } dd && n.Day is { } nd && dd < nd);
        // Into the next year only a little way on ("by November ... on 9 December ... in January"): a month further round
        // the year is as likely the present's.
        if (rollover && (!forward || month + 12 - from > MaxRollover)) return null;
        int year = rollover ? n.Year + 1 : n.Year;
        if (day is { } d && d > DateTime.DaysInMonth(year, month)) return null;
        var date = new PartialDate(year, month, day);
        // Where the narrative year is the reference's own, the usual reading already holds.
        if (reference is { } r && ((year == r.Year && !forward) || string.CompareOrdinal(date.ToString(), r.ToString()) > 0)) return null;
        return date;
    }

    /// <summary>A month without a year is the latest such month not after the reference ("December" read in January 2022 is December 2021).</summary>
    private static PartialDate? YearLess(int month, int? day, string? relative, PartialDate? reference)
    {
        if (reference is not { } r) return null;
        int year = relative switch
        {
            "last" when day is null && r.Month is { } rm && month < rm => r.Year,
            "last" => r.Year - 1,
            "last year" => r.Year - 1,
            "this" or "this year" => r.Year,
            "next year" => r.Year + 1,
            "next" => r.Year + 1,
            _ => r.Month is { } refMonth && month > refMonth ? r.Year - 1 : r.Year,
        };
        if (day is { } d && d > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }

    // The days of a month as ordinal words, in order.
    private const string OrdinalDays = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first";

    [GeneratedRegex(@"\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?<u>day|week|month|year)s?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    /// <summary>The date "N units ago" names, counted back from the reference: a day, a week's month, a month or a year.</summary>
    private static PartialDate? Ago(Match x, PartialDate? reference)
    {
        var count = x.Groups["n"].Value.ToLowerInvariant();
        int n = char.IsDigit(count[0]) ? int.Parse(count) : Math.Max(1, Array.IndexOf(Counts, count));
        if (reference is not { } r) return null;
        var unit = x.Groups["u"].Value.ToLowerInvariant();
        if (unit == "year") return new PartialDate(r.Year - n);
        if (r.Month is not { } m) return null;
        if (unit == "month")
        {
            var back = new DateTime(r.Year, m, 1).AddMonths(-n);
            return new PartialDate(back.Year, back.Month);
        }
        if (r.Day is not { } d) return null;
        var day = new DateTime(r.Year, m, d).AddDays(unit == "week" ? -7 * n : -n);
        return unit == "week" ? new PartialDate(day.Year, day.Month) : new PartialDate(day.Year, day.Month, day.Day);
    }

    private static readonly string[] OrdinalDayWords = OrdinalDays.Split('|');

    /// <param name="last">"last Thursday": the Thursday of the week before the reference's (read on a Thursday, a week before).</param>
    private static PartialDate? Relative(Match x, PartialDate? reference, PartialDate? section = null, bool last = false)
    {
        // Under a dated section heading, a weekday is the one nearest the heading's day (not after the reference).
        if (x.Groups["wd"].Success && section is { Month: { } sm, Day: { } sd } sec && reference is { Month: { } rm, Day: { } rd } r0)
        {
            var target = Enum.Parse<DayOfWeek>(x.Groups["wd"].Value, ignoreCase: true);
            var heading = new DateTime(sec.Year, sm, sd);
            var limit = new DateTime(r0.Year, rm, rd);
            int ahead = ((int)target - (int)heading.DayOfWeek + 7) % 7, back = ahead == 0 ? 0 : 7 - ahead;
            var near = ahead < back && heading.AddDays(ahead) <= limit ? heading.AddDays(ahead) : heading.AddDays(-back);
            return new PartialDate(near.Year, near.Month, near.Day);
        }
        if (reference is not { } r) return null;
        var e = x.Groups["e"].Value.ToLowerInvariant();
        var unit = x.Groups["u"].Value.ToLowerInvariant();
        bool past = e.StartsWith("last") || e.StartsWith("the previous") || e.StartsWith("the past");
        bool next = e.StartsWith("next");
        if (unit == "year") return new PartialDate(r.Year + (past ? -1 : next ? 1 : 0));
        if (r.Month is not { } m) return null;
        var first = new DateTime(r.Year, m, 1);
        if (unit == "month")
        {
            var shifted = first.AddMonths(past ? -1 : next ? 1 : 0);
            return new PartialDate(shifted.Year, shifted.Month);
        }
        if (r.Day is not { } day) return unit == "week" ? new PartialDate(r.Year, m) : null;
        var refDay = new DateTime(r.Year, m, day);
        if (e == "yesterday") refDay = refDay.AddDays(-1);
        else if (unit == "week") refDay = refDay.AddDays(past ? -7 : next ? 7 : 0);
        else if (x.Groups["wd"].Success)
        {
            var target = Enum.Parse<DayOfWeek>(x.Groups["wd"].Value, ignoreCase: true);
            // "last Wednesday" is that day of the week before the reference's (Sunday to Saturday): read on a Friday, not two
            // days before but nine ("on Wednesday" says the nearer one); read on a Sunday, "last Friday" is two days before.
            if (last) refDay = refDay.AddDays(-(int)refDay.DayOfWeek - 1);
            while (refDay.DayOfWeek != target) refDay = refDay.AddDays(-1);
        }
        // "this week", "last week": as precise as the month.
        return unit == "week" ? new PartialDate(refDay.Year, refDay.Month) : new PartialDate(refDay.Year, refDay.Month, refDay.Day);
    }

    /// <summary>"the same day", "the following day", "three days later": counted from the last dated act (from one dated only to the month, that month).</summary>
    /// <param name="relation">0 for "two days later/earlier" from the act just told; -1 for "A, two days after B" (B is
    /// before A's day), +1 for "A, a day before B" (B is after it): the expression then dates B.</param>
    private static PartialDate? Anaphoric(Match x, PartialDate? anchor, int relation = 0)
    {
        if (anchor is not { Month: { } m } a) return null;
        // "The following Sunday": the first such weekday after the act told.
        if (x.Groups["nextwd"].Success)
        {
            if (a.Day is not { } from) return null;
            var start = new DateOnly(a.Year, m, from);
            var wanted = Enum.Parse<DayOfWeek>(x.Groups["nextwd"].Value, ignoreCase: true);
            int ahead = ((int)wanted - (int)start.DayOfWeek + 7) % 7;
            var next = start.AddDays(ahead == 0 ? 7 : ahead);
            return new PartialDate(next.Year, next.Month, next.Day);
        }
        // ("Hours after the attack": the same day. "Hours later" is left alone: after a flashback, the act it counts from
        // is often not the last one told.)
        int days = x.Groups["hours"].Success || x.Value.Contains("same", StringComparison.OrdinalIgnoreCase) || x.Value.StartsWith("that", StringComparison.OrdinalIgnoreCase) || x.Value.Contains(" that ", StringComparison.OrdinalIgnoreCase) ? 0
            : x.Groups["n"].Success ? Array.IndexOf(Counts, x.Groups["n"].Value.ToLowerInvariant()) switch { 0 => 1, var k => k }
            : 1;
        // "two days earlier": counted back from the act just told.
        if (relation != 0) days *= relation;
        else if (x.Groups["back"].Success) days = -days;
        // ("a Saturday in April 2022 ... The next day": from an act told to the month, the month is all that is known, for a
        // gap of days short enough to stay in it more often than not.)
        if (a.Day is not { } d) return Math.Abs(days) <= 3 ? a : null;
        var date = new DateTime(a.Year, m, d).AddDays(days);
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    private static List<TimeExpression> Longest(List<TimeExpression> found)
    {
        var kept = new List<TimeExpression>();
        foreach (var t in found.OrderByDescending(t => t.End - t.Start).ThenBy(t => t.Start))
            if (!kept.Any(k => t.Start < k.End && k.Start < t.End)) kept.Add(t);
        return kept.OrderBy(t => t.Start).ToList();
    }
}
