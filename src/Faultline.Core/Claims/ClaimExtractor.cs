using Faultline.Core.Documents;
using Faultline.Core.Pipeline;
using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>
/// Finds the claims of a document, sentence by sentence: reads the figures, sets aside those that are no claims,
/// and gives each its unit, subject, kind, period, baseline and source. It needs only sentences; mentions are
/// not required. Period and source carry across sentences where the text refers back ("the report said",
/// "45 of those in December alone").
/// </summary>
public sealed class ClaimExtractor : IStage
{
    private readonly NumberReader _reader;
    private readonly UnitFinder _units;
    private readonly TimeFinder _times;
    private readonly NonClaimRules _rules;
    private readonly ChangeDetector _changes;
    private readonly SubjectFinder _subjects;
    private readonly SourceFinder _sources;
    private readonly Units _unitWords;
    private readonly MonthNames _months;

    public ClaimExtractor(ClaimLexicons lexicons, ClaimExtractorOptions? options = null)
    {
        options ??= ClaimExtractorOptions.Default;
        _reader = new NumberReader(lexicons.Numbers, lexicons.Qualifiers, lexicons.Units);
        _units = new UnitFinder(lexicons.Units);
        _times = new TimeFinder(lexicons);
        _rules = new NonClaimRules(lexicons.Months, options);
        _changes = new ChangeDetector(lexicons.Changes);
        _subjects = new SubjectFinder(lexicons.Changes, lexicons.Numbers);
        _sources = new SourceFinder(lexicons.Attribution, lexicons.Numbers);
        _unitWords = lexicons.Units;
        _months = lexicons.Months;
    }

    public string Name => "claims";
    public IReadOnlyCollection<string> Requires => [Annotations.Sentences];
    public IReadOnlyCollection<string> Produces => [Annotations.Claims];

    public void Process(Document document)
    {
        var context = new DocumentContext(PartialDate.TryParseIso(document.Metadata.Published?.Date));
        var claims = new List<Claim>();
        foreach (var sentence in document.Sentences)
            claims.AddRange(FromSentence(document, sentence, context));
        document.Claims.AddRange(RepeatedFigures.Remove(document, claims));
    }

    private List<Claim> FromSentence(Document d, Sentence sentence, DocumentContext context)
    {
        string text = d.Text;
        var t = WordTokenizer.Tokenize(sentence.Span.Of(text), sentence.Span.Start);
        var numbers = _reader.Find(t);
        var times = PeriodAssigner.Complete(_times.Find(t, context.Published), context.YearContext(sentence.Paragraph), context.Published);
        var figures = Figures(t, numbers, times, context.Previous);
        // A source named here may be referred back to later even when this sentence has no figure.
        string? source = _sources.Find(t, text, 0, context.Sources, d.Raw);
        // A decade the sentence gives ("in the 1980s") cannot be written as a period but still belongs to it: the
        // period of the sentence before must not leak in. A relative time with no publication date to resolve it
        // ("last year") is better served by the text before.
        bool sentenceHasPeriod = times.Any(e => e.Role == TimeRole.Period && (e.Date is not null || e.Basis == "decade"));
        var claims = new List<Claim>();
        for (int i = 0; i < figures.Count; i++)
        {
            var claim = Build(d, sentence, t, figures, i, times, sentenceHasPeriod, source, context);
            claims.Add(claim);
            context.Previous = claim;
            context.PreviousParagraph = sentence.Paragraph;
        }
        if (times.LastOrDefault(e => e.Role == TimeRole.Period && e.Date is not null)?.Date is { } last)
        {
            context.LastDate = last;
            context.LastDateParagraph = sentence.Paragraph;
        }
        return claims;
    }

    /// <summary>
    /// A figure for a whole year reported while that year was still running covers the year so far: "this September,
    /// a report showed 19 percent more deaths in 2023" is January to September. The date it was reported at is a
    /// later date of the same year in the sentence, else the publication date.
    /// </summary>
    private static string? YearToDate(PartialDate? period, IReadOnlyList<TimeExpression> times, int? thisMonth, PartialDate? published)
    {
        if (period is not { Month: null } year) return null;
        // "This September" with no publication date to resolve it still names a month of the figure's year.
        var months = times.Select(x => x.Date is { Month: not null } d ? d : (PartialDate?)null)
            .OfType<PartialDate>().Append(published ?? default).Append(thisMonth is { } m ? new PartialDate(year.Year, m) : default)
            .Where(d => d.Year == year.Year && d.Month is not null and < 12).ToList();
        return months.Count > 0 ? months.Max().ToString() : null;
    }

    /// <summary>The month of a "this September" in the sentence, the time the sentence is told from.</summary>
    private int? ThisMonth(IReadOnlyList<WordToken> t)
    {
        for (int k = 1; k < t.Count; k++)
            if (t[k - 1].Lower == "this" && _months.Month(t[k].Lower) is { } m) return m;
        return null;
    }

    private List<Figure> Figures(IReadOnlyList<WordToken> t, IReadOnlyList<NumberMatch> numbers, IReadOnlyList<TimeExpression> times, Claim? previous)
    {
        bool harm = Enumerable.Range(0, t.Count).Any(k => _unitWords.Nouns.Match(t, k) is { Value.Position: UnitPosition.Casualty });
        var figures = new List<Figure>();
        foreach (var n in numbers)
        {
            var unit = _units.Find(t, n, numbers);
            // "Eleven of those were repelled": the noun is in the sentence before.
            if (unit is { Anaphoric: true, HeadFirst: null } && previous is not null)
                unit = unit with { Unit = previous.Unit, Rule = "of-those:previous" };
            // "93 attacks in February, up from 71 in January": a bare figure counts what the one before it counts.
            if (unit is { Unit: "count", HasNoun: false, Anaphoric: false } && !n.Spelled && figures.Count > 0
                && figures[^1].Unit.Unit is not ("count" or "percent"))
                unit = figures[^1].Unit with { Rule = "ellipsis", HeadFirst = null, HeadEnd = null };
            // "Another 1,500 are believed to be in Pakistan": more of what the figure before counted.
            else if (unit is { Unit: "count", HasNoun: false } && n.FirstToken > 0 && t[n.FirstToken - 1].Lower is "another" or "further" or "additional"
                     && previous is { Unit: not ("count" or "percent") })
                unit = new UnitReading(previous.Unit, 1, "ellipsis") { HasNoun = true };
            if (_rules.Reason(t, n, unit, times, harm) is null) figures.Add(new Figure(n, unit));
        }
        return figures;
    }

    private Claim Build(Document d, Sentence sentence, IReadOnlyList<WordToken> t, List<Figure> figures, int i,
        IReadOnlyList<TimeExpression> times, bool sentenceHasPeriod, string? source, DocumentContext context)
    {
        var f = figures[i];
        var n = f.Number;
        var previous = context.Previous;
        string? direction = _changes.Direction(t, n, f.Unit.Unit);
        int? next = i + 1 < figures.Count ? figures[i + 1].Number.FirstToken : null;
        var p = PeriodAssigner.Assign(n.FirstToken, n.EndToken, next, direction is not null, times);
        if (p.Period is null && !sentenceHasPeriod) p = Fallback(p, context, sentence.Paragraph);
        if (p.Part is null && YearToDate(p.Period, times, ThisMonth(t), context.Published) is { } asOf) p = p with { Part = $"to {asOf}" };
        var unit = f.Unit;
        bool sameParagraph = previous is not null && context.PreviousParagraph == sentence.Paragraph;
        return new Claim
        {
            Value = Convert(n.Value, unit.Factor),
            ValueHigh = n.High is { } high ? Convert(high, unit.Factor) : null,
            Unit = unit.Unit,
            Qualifier = n.Qualifier,
            Subject = (unit.Rule is "ellipsis" or "of-those:previous" ? previous?.Subject : null)
                      ?? _subjects.Find(t, f, times, figures, d.Text, 0)
                      ?? (i > 0 ? previous?.Subject : null),
            Kind = direction is null ? "level" : "change",
            Direction = direction,
            Period = p.Period?.ToString(),
            Baseline = p.Baseline?.ToString(),
            PeriodBasis = p.Basis,
            PeriodPart = p.Part,
            Source = source ?? (f.Unit.Anaphoric && sameParagraph ? previous?.Source : null),
            Sentence = sentence.Index,
            Span = n.Span,
            RuleId = "claims/" + unit.Rule,
        };
    }

    /// <summary>A converted value ("1,600 miles") keeps two decimals, not the noise of the conversion factor.</summary>
    private static double Convert(double value, double factor) => factor == 1 ? value : Math.Round(value * factor, 2);

    /// <summary>
    /// A sentence that dates nothing continues the time of its paragraph (the period of the figure before); a new
    /// paragraph falls back to the month of publication (a news report's figures are recent), and without one to
    /// the figure or date before.
    /// </summary>
    private static PeriodAssignment Fallback(PeriodAssignment p, DocumentContext context, int paragraph)
    {
        var inherited = PartialDate.TryParseIso(context.Previous?.Period);
        if (inherited is not null && context.PreviousParagraph == paragraph)
            return p with { Period = inherited, Basis = "inherited", Part = context.Previous!.PeriodPart };
        // A date the same paragraph has already given frames its later figures better than the day the article appeared.
        if (context.LastDate is { } framing && context.LastDateParagraph == paragraph) return p with { Period = framing, Basis = "context" };
        if (context.Published is { } pub) return p with { Period = new PartialDate(pub.Year, pub.Month), Basis = "publication" };
        if (inherited is not null) return p with { Period = inherited, Basis = "inherited", Part = context.Previous!.PeriodPart };
        if (context.LastDate is { } last) return p with { Period = last, Basis = "context" };
        return p;
    }
}
