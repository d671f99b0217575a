using System.Globalization;
using Faultline.Core.Documents;

namespace Faultline.Core.Claims;

/// <summary>
/// Reads figures from text: digits with separators and decimals ("1,500", "1.7 million", "$2bn", "2,640km"),
/// number words ("twenty-five", "two dozen", "half a million"), vague amounts ("tens of thousands of"),
/// percentages, ranges ("300 to 400", "between 300 and 400") and qualifiers ("at least", "nearly").
/// Numbers that are not cardinals are skipped here: ordinals ("2nd"), decades ("1980s"), times ("09:00"),
/// footnote markers ("[1]"), slashed names ("9/11") and numbers glued to letters ("F-16", "COVID-19").
/// Whether a figure is a claim (years, dates, durations) is the extractor's decision, not the reader's.
/// </summary>
public sealed class NumberReader(NumberWords words, Qualifiers qualifiers, Units units)
{
    public IReadOnlyList<NumberMatch> Find(string text) => Find(WordTokenizer.Tokenize(text));

    public IReadOnlyList<NumberMatch> Find(IReadOnlyList<WordToken> tokens)
    {
        var found = new List<NumberMatch>();
        int i = 0;
        while (i < tokens.Count)
        {
            var match = ReadAt(tokens, i);
            if (match is null) { i++; continue; }
            found.Add(match);
            i = match.EndToken;
        }
        return found;
    }

    private NumberMatch? ReadAt(IReadOnlyList<WordToken> t, int start)
    {
        int i = start;
        string qualifier = "exact";
        bool between = false;
        if (t[i].Lower == "between") { between = true; i++; }
        else if (qualifiers.Phrases.Match(t, i) is { } q) { qualifier = q.Value; i += q.Length; }
        string? unit = null;
        double factor = 1;
        if (i < t.Count && units.Prefixes.Match(t, i) is { } p) { unit = p.Value.Unit; factor = p.Value.Factor; i += p.Length; }
        if (i >= t.Count) return null;
        int numberToken = i;
        var core = ReadCore(t, i, rangeEnd: unit is not null); // "Rs1.5tr": a currency glued to its figure
        if (core is null) return null;
        i = core.Value.End;
        double value = core.Value.Value;
        double? high = null;
        bool ranged = i + 1 < t.Count && (between ? t[i].Lower == "and" : t[i].Lower is "to" or "-" or "–" or "—");
        bool fromTo = start > 0 && t[start - 1].Lower == "from";
        if (ranged && !fromTo && !core.Value.Vague)
        {
            int j = i + 1;
            if (units.Prefixes.Match(t, j) is { } p2) j += p2.Length;
            if (j < t.Count && ReadCore(t, j, rangeEnd: true) is { Vague: false } second && second.Value > value)
            {
                // "1.5 to 2 million": the multiplier written once applies to both ends.
                if (second.Multiplier > 1 && core.Value.Multiplier == 1) value *= second.Multiplier;
                high = second.Value;
                i = second.End;
            }
        }
        if (between && high is null) return null;
        // "2,430-km frontier": a unit suffix joined by a hyphen.
        int hyphen = i + 1 < t.Count && t[i].Text == "-" && t[i].Glued && t[i + 1].Glued ? 1 : 0;
        if (unit is null && i + hyphen < t.Count && units.Suffixes.Match(t, i + hyphen) is { } s)
        {
            unit = s.Value.Unit;
            factor = s.Value.Factor;
            i += hyphen + s.Length;
        }
        else if (i < t.Count && t[i].Glued && t[i].IsWord && !core.Value.Spelled)
            return null; // "1980s", "2nd", "12th": not a cardinal figure
        if (core.Value.Vague && qualifier == "exact") qualifier = "at_least";
        return new NumberMatch
        {
            Span = new TextSpan(t[start].Start, t[i - 1].End),
            Value = Scale(value, factor),
            High = high is { } h ? Scale(h, factor) : null,
            Qualifier = qualifier,
            Unit = unit,
            Vague = core.Value.Vague,
            Weak = core.Value.Weak,
            Spelled = core.Value.Spelled,
            PlainInteger = core.Value.Plain && high is null,
            FirstToken = start,
            EndToken = i,
            NumberToken = numberToken,
        };
    }

    /// <summary>A converted value ("1,600 mi") keeps two decimals, not the noise of the conversion factor.</summary>
    private static double Scale(double value, double factor) => factor == 1 ? value : Math.Round(value * factor, 2);

    private readonly record struct Core(double Value, int End, double Multiplier, bool Spelled, bool Vague, bool Weak, bool Plain);

    private Core? ReadCore(IReadOnlyList<WordToken> t, int i, bool rangeEnd = false)
    {
        if (t[i].IsDigits) return ReadDigits(t, i, rangeEnd);
        return ReadVague(t, i) ?? ReadWords(t, i);
    }

    private Core? ReadDigits(IReadOnlyList<WordToken> t, int i, bool rangeEnd)
    {
        var tok = t[i];
        if (!rangeEnd && tok.Glued && i > 0 && IsJoiner(t, i - 1)) return null;
        if (i + 1 < t.Count && t[i + 1].Glued && t[i + 1].Text is "/" or ":" or "]") return null;
        if (i + 2 < t.Count && t[i + 1].Glued && t[i + 1].Text is "-" && t[i + 2].Glued && t[i + 2].IsWord
            && !IsUnitWord(t, i + 2))
            return null; // "500-strong", "six-point": a modifier inside a compound word
        // Decimal arithmetic keeps "1.7 million" exactly 1,700,000.
        if (!decimal.TryParse(tok.Text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        bool plain = !tok.Text.Contains(',') && !tok.Text.Contains('.');
        int end = i + 1;
        decimal multiplier = 1;
        while (end < t.Count && words.TryGet(t[end].Text, out var m, out var kind) && kind == NumberWordKind.Multiplier)
        {
            multiplier *= (decimal)m;
            end++;
        }
        return new Core((double)(value * multiplier), end, (double)multiplier, false, false, false, plain && multiplier == 1);
    }

    /// <summary>A unit after a hyphen keeps the figure ("a 1,600-mile border"; "an eight-year high" is then a duration).</summary>
    private bool IsUnitWord(IReadOnlyList<WordToken> t, int k) =>
        units.Suffixes.Match(t, k) is not null || units.Nouns.Match(t, k) is not null;

    /// <summary>Whether the token before a number ties it into a name or a code ("F-16", "9/11", "[1]", "CPEC2").</summary>
    private static bool IsJoiner(IReadOnlyList<WordToken> t, int k)
    {
        var before = t[k];
        if (before.IsWord) return true;
        if (before.Text is "/" or ":" or "[" or ".") return true;
        // A glued hyphen either names ("F-16") or continues a span read elsewhere ("2021-22").
        return before.Text == "-";
    }

    /// <summary>"hundreds of", "tens of thousands of", "several hundred", "a few thousand".</summary>
    private Core? ReadVague(IReadOnlyList<WordToken> t, int i)
    {
        if (words.TryGet(t[i].Text, out var v, out var kind) && kind == NumberWordKind.Vague
            && i + 1 < t.Count && t[i + 1].Lower == "of")
        {
            int end = i + 2;
            if (end < t.Count && words.TryGet(t[end].Text, out var v2, out var k2) && k2 == NumberWordKind.Vague)
            {
                v *= v2;
                end += end + 1 < t.Count && t[end + 1].Lower == "of" ? 2 : 1;
            }
            return new Core(v, end, 1, true, true, false, false);
        }
        int j = i;
        if (t[j].Lower == "several") j++;
        else if (t[j].Lower == "a" && j + 1 < t.Count && t[j + 1].Lower == "few") j += 2;
        else return null;
        if (j < t.Count && words.TryGet(t[j].Text, out var mult, out var mk) && mk == NumberWordKind.Multiplier)
            return new Core(mult, j + 1, 1, true, true, false, false);
        return null;
    }

    private Core? ReadWords(IReadOnlyList<WordToken> t, int i)
    {
        double total = 0, current = 0;
        bool any = false, article = false, weakOnly = true;
        int end = i;
        int count = 0;
        while (end < t.Count)
        {
            var w = t[end].Text;
            if (words.TryGet(w, out var v, out var kind))
            {
                if (kind is NumberWordKind.Number or NumberWordKind.Weak)
                {
                    if (any && !Combines(current, v)) break;
                    current += v;
                    weakOnly &= kind == NumberWordKind.Weak;
                }
                else if (kind == NumberWordKind.Multiplier)
                {
                    if (!any && !article) break;
                    if (current == 0) current = 1;
                    if (v < 1000) current *= v;
                    else { total += current * v; current = 0; }
                    weakOnly = false;
                }
                else if (kind == NumberWordKind.Fraction && !any && end + 2 < t.Count && t[end + 1].Lower is "a" or "an"
                         && words.Is(t[end + 2].Text, NumberWordKind.Multiplier))
                {
                    current = v;
                    end += 2;
                    any = true;
                    weakOnly = false;
                    count++;
                    continue;
                }
                else break;
                any = true;
                end++;
                count++;
                continue;
            }
            bool nextIsNumber = end + 1 < t.Count && words.TryGet(t[end + 1].Text, out _, out var nk)
                                && nk is NumberWordKind.Number or NumberWordKind.Weak or NumberWordKind.Multiplier;
            if (!any && w.ToLowerInvariant() is "a" or "an" && end + 1 < t.Count && words.Is(t[end + 1].Text, NumberWordKind.Multiplier))
            {
                article = true;
                end++;
                continue;
            }
            if (any && w == "-" && t[end].Glued && end + 1 < t.Count && t[end + 1].Glued && nextIsNumber) { end++; continue; }
            if (any && w.Equals("and", StringComparison.OrdinalIgnoreCase) && current >= 100 && nextIsNumber
                && !words.Is(t[end + 1].Text, NumberWordKind.Multiplier)) { end++; continue; }
            break;
        }
        if (!any) return null;
        while (end > i && t[end - 1].Text is "-" or "and") end--;
        // "six-point agreement", "two-day visit": a number word inside a compound modifier is no figure.
        if (end + 1 < t.Count && t[end].Text == "-" && t[end].Glued && t[end + 1].Glued && t[end + 1].IsWord
            && !IsUnitWord(t, end + 1))
            return null;
        return new Core(total + current, end, 1, true, false, weakOnly && count == 1, false);
    }

    /// <summary>Whether a number word may follow the running value: "twenty five", "hundred and five", not "five six".</summary>
    private static bool Combines(double current, double next)
    {
        double rest = current % 100;
        return next < 10 ? rest == 0 || (rest >= 20 && rest % 10 == 0) : next < 100 && rest == 0;
    }
}
