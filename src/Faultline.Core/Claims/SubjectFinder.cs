namespace Faultline.Core.Claims;

/// <summary>
/// A short phrase for what a figure measures: the noun phrase it counts with its modifiers and prepositional
/// phrases ("fatalities from militant attacks"), cut at the first clause boundary, time expression or other
/// figure, plus "killed"/"injured" when a verb of harm says so ("killing eight people" -> "people killed").
/// A change with no phrase after it ("registered a 56 per cent rise") takes the clause before it.
/// </summary>
public sealed class SubjectFinder(ChangeWords changes, NumberWords numbers)
{
    private const int MaxWords = 8;

    private static readonly HashSet<string> Inside = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "from", "on", "by", "for", "at", "the", "a", "an", "-",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "further", "another", "additional", "also", "to", "at",
    };

    /// <summary>Words after which the clause holding a figure starts ("... said the number of attacks rose").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "that", "according", "showed", "shows", "revealed", "reveals", "found", "while", "as",
        "which", "who",
    };

    public string? Find(IReadOnlyList<WordToken> t, Figure f, IReadOnlyList<TimeExpression> times, IReadOnlyList<Figure> all,
        string text, int offset)
    {
        var n = f.Number;
        int start = n.EndToken;
        if (f.Unit.Anaphoric && f.Unit.HeadFirst is { } h)
            return SpanText.Of(t, h, f.Unit.HeadEnd ?? h + 1, text, offset);
        // "a 17 percent year-on-year increase in attacks": what changed follows the change word.
        for (int k = start; k < t.Count && k < start + 6 && (t[k].IsWord || t[k].Text == "-"); k++)
            if (changes.Form(t[k].Text) == ChangeForm.Noun || (k == start && changes.Direction(t[k].Text) is not null))
            {
                start = k + 1;
                break;
            }
        // "2,600-kilometre border": the unit word of a compound is not part of the subject.
        if (start + 1 < t.Count && t[start].Text == "-" && t[start].Glued) start += 2;
        while (start < t.Count && Inside.Contains(t[start].Text)) start++;
        // "11 of the 24 attackers": the part is about what the whole counts.
        if (all.FirstOrDefault(o => o.Number.FirstToken == start && start > n.EndToken) is { } whole) start = whole.Number.EndToken;
        int end = PhraseEnd(t, start, times, all);
        while (end > start && Inside.Contains(t[end - 1].Text)) end--;
        string phrase = SpanText.Of(t, start, end, text, offset);
        string? harm = Harm(t, n.FirstToken - 1) ?? HarmAfter(t, end);
        if (phrase.Length == 0 && harm is null) phrase = ClauseBefore(t, n.FirstToken, times, all);
        if (GrammarWords.PhraseEnd.Contains(phrase) || phrase.ToLowerInvariant() is "it" or "they" or "this") phrase = "";
        if (harm is not null && !phrase.Contains(harm, StringComparison.OrdinalIgnoreCase))
            phrase = phrase.Length == 0 ? harm : phrase + " " + harm;
        if (phrase.ToLowerInvariant() is "killed" or "dead" or "injured" or "wounded") phrase = "people " + phrase;
        return phrase.Length == 0 ? null : phrase;
    }

    private int PhraseEnd(IReadOnlyList<WordToken> t, int start, IReadOnlyList<TimeExpression> times, IReadOnlyList<Figure> all)
    {
        int k = start;
        while (k < t.Count && k < start + MaxWords)
        {
            var w = t[k];
            if (!w.IsWord && w.Text is not ("-" or "’" or "'")) break;
            if (times.Any(e => (k >= e.FirstToken && k < e.EndToken) || (e.FirstToken == k + 1 && t[k].Lower is "in" or "during" or "since" or "of" or "from"))) break;
            if (all.Any(o => o.Number.FirstToken == k) || numbers.TryGet(w.Text, out _, out _)) break;
            if (GrammarWords.PhraseEnd.Contains(w.Text) && !Inside.Contains(w.Text)) break;
            if (w.Lower is "comparison" or "compared") break;
            k++;
        }
        return k;
    }

    private static string? Harm(IReadOnlyList<WordToken> t, int k) =>
        k >= 0 && GrammarWords.HarmVerbs.TryGetValue(t[k].Text, out var h) && t[k].Lower is not ("claimed" or "left" or "lost") ? h : null;

    private static string? HarmAfter(IReadOnlyList<WordToken> t, int k)
    {
        while (k < t.Count && t[k].Lower is "were" or "was" or "have" or "has" or "had" or "been" or "reportedly") k++;
        return k < t.Count && t[k].Lower is "killed" or "injured" or "wounded" ? t[k].Lower : null;
    }

    private static bool IsVerbLike(string w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || w is "saw" or "sees" or "see" or "was" or "is" or "has" or "had" or "shows";

    private string ClauseBefore(IReadOnlyList<WordToken> t, int first, IReadOnlyList<TimeExpression> times, IReadOnlyList<Figure> all)
    {
        int s = first;
        while (s > 0 && s > first - 12 && (t[s - 1].IsWord || t[s - 1].IsDigits || t[s - 1].Text is "-" or "’")
               && !ClauseOpeners.Contains(t[s - 1].Text) && !all.Any(o => s - 1 >= o.Number.FirstToken && s - 1 < o.Number.EndToken))
            s--;
        var kept = Enumerable.Range(s, first - s)
            .Where(k => !times.Any(e => k >= e.FirstToken && k < e.EndToken))
            .ToList();
        // Drop the words that introduce the figure: "registered a", "rose by", "saw an".
        while (kept.Count > 0 && (GrammarWords.Articles.Contains(t[kept[^1]].Text) || Inside.Contains(t[kept[^1]].Text)
                                  || Fillers.Contains(t[kept[^1]].Text) || changes.Direction(t[kept[^1]].Text) is not null))
            kept.RemoveAt(kept.Count - 1);
        if (kept.Count > 0 && IsVerbLike(t[kept[^1]].Lower)) kept.RemoveAt(kept.Count - 1);
        while (kept.Count > 0 && Inside.Contains(t[kept[^1]].Text)) kept.RemoveAt(kept.Count - 1);
        if (kept.Count == 0) return "";
        var words = new List<string>();
        for (int j = 0; j < kept.Count; j++)
        {
            int k = kept[j];
            bool join = j > 0 && kept[j - 1] == k - 1 && t[k].Glued;
            if (join) words[^1] += t[k].Text;
            else words.Add(t[k].Text);
        }
        return string.Join(' ', words);
    }
}
