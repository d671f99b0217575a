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

    public ClaimExtractor(ClaimLexicons lexicons, ClaimExtractorOptions? options = null)
    {
        options ??= ClaimExtractorOptions.Default;
        _reader = new NumberReader(lexicons.Numbers, lexicons.Qualifiers, lexicons.Units);
        _units = new UnitFinder(lexicons.Units);
        _times = new TimeFinder(lexicons);
        _rules = new NonClaimRules(lexicons.Months, options);
        _changes = new ChangeDetector(lexicons.Changes);
        _subjects = new SubjectFinder(lexicons.Changes);
        _sources = new SourceFinder(lexicons.Attribution);
        _unitWords = lexicons.Units;
    }

    public string Name => "claims";
    public IReadOnlyCollection<string> Requires => [Annotations.Sentences];
    public IReadOnlyCollection<string> Produces => [Annotations.Claims];

    public void Process(Document document)
    {
        var published = PartialDate.TryParseIso(document.Metadata.Published?.Date);
        var memory = new SourceMemory();
        Claim? previous = null;
        PartialDate? lastDate = null;
        foreach (var sentence in document.Sentences)
        {
            var claims = FromSentence(document, sentence, published, memory, previous, ref lastDate);
            document.Claims.AddRange(claims);
            if (claims.Count > 0) previous = claims[^1];
        }
    }

    private List<Claim> FromSentence(
        Document d, Sentence sentence, PartialDate? published, SourceMemory memory, Claim? previous, ref PartialDate? lastDate)
    {
        string text = d.Text;
        int offset = 0;
        var t = WordTokenizer.Tokenize(sentence.Span.Of(text), sentence.Span.Start);
        var numbers = _reader.Find(t);
        // "the year" and a bare month take their year from the last date the text gave, else the figure before.
        var contextPeriod = lastDate ?? PartialDate.TryParseIso(previous?.Period);
        var times = PeriodAssigner.Complete(_times.Find(t, published), contextPeriod, published);
        lastDate = times.LastOrDefault(e => e.Role == TimeRole.Period && e.Date is not null)?.Date ?? lastDate;
        bool harm = Enumerable.Range(0, t.Count).Any(k => _unitWords.Nouns.Match(t, k) is { Value.Position: UnitPosition.Casualty });
        var figures = new List<Figure>();
        foreach (var n in numbers)
        {
            var unit = _units.Find(t, n, numbers);
            // "93 attacks in February, up from 71 in January": a bare figure counts what the one before it counts.
            if (unit is { Unit: "count", HasNoun: false, Anaphoric: false } && figures.Count > 0 && figures[^1].Unit.Unit is not ("count" or "percent")
                && !n.Spelled)
                unit = figures[^1].Unit with { Rule = "ellipsis", HeadFirst = null, HeadEnd = null };
            if (_rules.Reason(t, n, unit, times, harm) is null) figures.Add(new Figure(n, unit));
        }
        if (figures.Count == 0)
        {
            _sources.Find(t, text, offset, memory, d.Raw); // a source named here may be referred back to later
            return [];
        }
        string? source = _sources.Find(t, text, offset, memory, d.Raw);
        bool sentenceHasPeriod = times.Any(e => e.Role == TimeRole.Period && e.Date is not null);
        var claims = new List<Claim>();
        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var n = f.Number;
            string? direction = _changes.Direction(t, n);
            int? next = i + 1 < figures.Count ? figures[i + 1].Number.FirstToken : null;
            var p = PeriodAssigner.Assign(n.FirstToken, n.EndToken, next, direction is not null, times);
            bool sameParagraph = previous is not null && d.Sentences[previous.Sentence].Paragraph == sentence.Paragraph;
            if (p.Period is null && !sentenceHasPeriod)
                p = Fallback(p, previous, lastDate, published);
            // "Eleven of those were repelled": the noun is in the sentence before.
            var unit = f.Unit.Anaphoric && f.Unit.HeadFirst is null && previous is not null
                ? f.Unit with { Unit = previous.Unit, Rule = "of-those:previous" }
                : f.Unit;
            var claim = new Claim
            {
                Value = Convert(n.Value, unit.Factor),
                ValueHigh = n.High is { } high ? Convert(high, unit.Factor) : null,
                Unit = unit.Unit,
                Qualifier = n.Qualifier,
                Subject = _subjects.Find(t, f, times, figures, text, offset)
                          ?? (unit != f.Unit ? previous?.Subject : null)
                          ?? (direction is not null && claims.Count > 0 ? claims[^1].Subject : null),
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
            claims.Add(claim);
            previous = claim;
        }
        return claims;
    }

    /// <summary>A converted value ("1,600 miles") keeps two decimals, not the noise of the conversion factor.</summary>
    private static double Convert(double value, double factor) => factor == 1 ? value : Math.Round(value * factor, 2);

    /// <summary>
    /// A sentence that dates nothing continues the time of the text before it: the period of the figure before,
    /// else the last date the text gave, else the month of publication (a news report's figures are recent).
    /// </summary>
    private static PeriodAssignment Fallback(PeriodAssignment p, Claim? previous, PartialDate? lastDate, PartialDate? published)
    {
        if (PartialDate.TryParseIso(previous?.Period) is { } inherited)
            return p with { Period = inherited, Basis = "inherited", Part = previous!.PeriodPart };
        if (lastDate is { } context) return p with { Period = context, Basis = "context" };
        if (published is { } pub) return p with { Period = new PartialDate(pub.Year, pub.Month), Basis = "publication" };
        return p;
    }
}
