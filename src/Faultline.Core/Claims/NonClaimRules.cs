using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>
/// The rules that set aside numbers which are not claims (annotation guide: "years, dates, times, ages,
/// ordinals, footnote numbers"; the reader already drops ordinals, times, footnotes and names like "9/11").
/// <see cref="Reason"/> returns why a number is no claim, or null when it is one.
/// </summary>
public sealed class NonClaimRules(MonthNames months, ClaimExtractorOptions options)
{
    public string? Reason(IReadOnlyList<WordToken> t, NumberMatch n, UnitReading unit, IReadOnlyList<TimeExpression> times, bool harmInSentence)
    {
        if (times.Any(e => e.FirstToken <= n.NumberToken && n.NumberToken < e.EndToken)) return "date";
        if (unit.Unit == UnitEntry.None) return "duration";
        if (IsYear(n, unit)) return "year";
        if (IsDayOfMonth(t, n)) return "day";
        int before = n.FirstToken - 1;
        string prev = before >= 0 ? t[before].Lower : "";
        if (prev is "aged" or "age") return "age";
        if (n.Vague && !options.IncludeVague) return "vague";
        if (n.Weak && !(unit.Unit is "people" or "attacks" && harmInSentence && unit.HeadFirst == n.EndToken)) return "pronoun";
        // "the two countries", "both sides": a known set, not a count; "the two soldiers killed" stays a figure.
        if (n.Spelled && n.Qualifier == "exact" && unit.Unit == "count" && GrammarWords.Definite.Contains(prev)) return "reference";
        if (unit.Unit == "count" && before > 0 && t[before].IsCapitalized && months.Month(t[before].Text) is null)
            return "name";
        // "13 External links", "3.1 Foreign relations": a number before a capitalised word heads a list or section.
        if (unit.Unit == "count" && n.FirstToken == 0 && !n.Spelled && n.EndToken < t.Count && t[n.EndToken].IsCapitalized) return "heading";
        if (unit.Unit == "count" && n.Spelled && !options.IncludeSpelledCounts) return "spelled count";
        if (unit.Unit == "count" && !unit.HasNoun && !options.IncludeBareCounts && unit.Rule != "ellipsis") return "bare";
        return null;
    }

    /// <summary>A plain four-digit number in the range of years, unless the figure plainly counts something.</summary>
    private static bool IsYear(NumberMatch n, UnitReading unit) =>
        n.PlainInteger && n.Value is >= 1800 and <= 2100 && n.Unit is null
        && !(unit.HeadFirst == n.EndToken && unit.Unit is not "count");

    private bool IsDayOfMonth(IReadOnlyList<WordToken> t, NumberMatch n) =>
        n.PlainInteger && n.Value is >= 1 and <= 31 && n.NumberToken == n.FirstToken
        && ((n.FirstToken > 0 && IsMonth(t[n.FirstToken - 1])) || (n.EndToken < t.Count && IsMonth(t[n.EndToken])));

    private bool IsMonth(WordToken token) => token.IsCapitalized && months.Month(token.Text) is not null;
}
