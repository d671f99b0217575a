namespace Faultline.Core.Claims;

/// <summary>
/// Who a sentence credits for its figures: the phrase after a cue such as "according to" or "a report by"; the
/// subject of a reporting verb ("officials said", "the Center ... released a report"), or its object when the
/// verb comes first ("said Ubaidullah Khilji"); "the report" refers back to the last report named; failing
/// those, a footnote marker ("[1]") credits the article's endnote.
/// </summary>
public sealed class SourceFinder(AttributionCues cues, NumberWords numbers)
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who", "there",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "was", "are", "were", "also", "recently", "earlier", "has been", "later", "previously",
    };

    private static readonly string[] DocumentWords = ["report", "study", "survey", "data", "figures", "statistics", "count"];

    public string? Find(IReadOnlyList<WordToken> t, string text, int offset, SourceMemory memory, string raw)
    {
        var found = new List<(int At, int Length, CueKind Kind)>();
        for (int k = 0; k < t.Count; k++)
            if (t[k].IsWord && (k == 0 || !t[k].Glued) && cues.Phrases.Match(t, k) is { } m)
            {
                found.Add((k, m.Length, m.Value));
                k += m.Length - 1;
            }
        foreach (var c in found.Where(c => c.Kind == CueKind.Before))
        {
            var source = Resolve(PhraseAfter(t, c.At + c.Length, found), text, offset, memory);
            if (source is null) continue;
            // "According to PICSS, ..." then "the think tank said": the named source is the one referred back to.
            memory.LastDocumentSource = source;
            return source;
        }
        foreach (var c in found.Where(c => c.Kind == CueKind.Verb))
        {
            if (c.At + c.Length < t.Count && t[c.At + c.Length].Lower is "responsibility" or "refuge") continue;
            // "1.3 million registered refugees", "74 attacks were reported": a modifier or a passive credits no one.
            if (c.At > 0 && (t[c.At - 1].IsDigits || numbers.TryGet(t[c.At - 1].Text, out _, out _))) continue;
            if (c.At > 0 && t[c.At - 1].Lower is "were" or "was" or "is" or "are" or "been" or "be" or "being") continue;
            if (c.At > 0 && t[c.At - 1].Lower is "a" or "an" or "the") continue; // "an estimated 700,000"
            // "Violence claimed 980 lives": a verb of claiming followed by its figure takes lives, not credit.
            if (t[c.At].Lower is "claimed" or "claims" && c.At + 1 < t.Count && (t[c.At + 1].IsDigits || t[c.At + 1].Lower is "more" or "at" or "over" or "the")) continue;
            var (first, end) = PhraseBefore(t, c.At);
            if (end <= first && (c.At == 0 || t[c.At - 1].Text is "," or "”" or "\"" or "’" or "'"))
                (first, end) = PhraseAfter(t, c.At + c.Length, found);
            var source = Resolve((first, end), text, offset, memory);
            if (source is null) continue;
            if (IsDocumentCue(t, c.At, c.Length)) memory.LastDocumentSource = source;
            return source;
        }
        foreach (var c in found.Where(c => c.Kind == CueKind.Anaphor))
            if (memory.LastDocumentSource is { } last) return last;
        return Footnote(t, raw);
    }

    private static bool IsDocumentCue(IReadOnlyList<WordToken> t, int at, int length) =>
        Enumerable.Range(at, length).Any(k => DocumentWords.Contains(t[k].Lower));

    private string? Resolve((int First, int End) phrase, string text, int offset, SourceMemory memory)
    {
        var (first, end) = Clean(phrase.First, phrase.End, text, offset);
        if (end <= first) return null;
        string source = text.Substring(first - offset, end - first).Trim();
        if (source.Length == 0 || Pronouns.Contains(source) || source.Any(char.IsDigit)) return null;
        if (cues.Phrases.TryGet(source, out var kind) && kind == CueKind.Anaphor)
            return memory.LastDocumentSource ?? source;
        return source;
    }

    /// <summary>Character range of the source phrase without a leading "the" before a name, "X-based" and a trailing "in Place".</summary>
    private (int First, int End) Clean(int first, int end, string text, int offset)
    {
        if (end <= first) return (0, 0);
        var tokens = WordTokenizer.Tokenize(text[(first - offset)..(end - offset)], first);
        int a = 0, b = tokens.Count;
        while (b > a && Auxiliaries.Contains(tokens[b - 1].Text)) b--;
        if (b - a > 1 && tokens[a].Lower == "the" && tokens[a + 1].IsCapitalized) a++;
        while (b - a > 3 && tokens[a + 1].Text == "-" && tokens[a + 2].Lower == "based") a += 3;
        for (int k = a + 1; k < b - 1; k++)
            if (tokens[k].Lower == "in" && tokens[k + 1].IsCapitalized && tokens[a].IsCapitalized && k + 2 >= b) { b = k; break; }
        if (b <= a) return (0, 0);
        return (tokens[a].Start, tokens[b - 1].End);
    }

    private static (int First, int End) PhraseAfter(IReadOnlyList<WordToken> t, int k, List<(int At, int Length, CueKind Kind)> cues)
    {
        int s = k;
        while (k < t.Count && k < s + MaxWords)
        {
            if (!t[k].IsWord && !t[k].IsDigits && t[k].Text is not ("-" or "’" or "'" or "&")) break;
            if (t[k].Lower is "which" or "that" or "who" or "whose") break;
            if (t[k].IsDigits) break;
            if (cues.Any(c => c.At == k && c.Kind != CueKind.Anaphor)) break;
            k++;
        }
        return k > s ? (t[s].Start, t[k - 1].End) : (0, 0);
    }

    private static (int First, int End) PhraseBefore(IReadOnlyList<WordToken> t, int k)
    {
        // "The Inter-Services Public Relations (ISPR) said": the name before the bracketed acronym.
        if (k > 2 && t[k - 1].Text == ")")
        {
            int open = k - 2;
            while (open > 0 && t[open].Text != "(" && open > k - 6) open--;
            if (t[open].Text == "(") k = open;
        }
        int e = k;
        int s = k;
        while (s > 0 && s > e - MaxWords)
        {
            var w = t[s - 1];
            if (!w.IsWord && !w.IsDigits && w.Text is not ("-" or "’" or "'" or "&")) break;
            if (w.Lower is "which" or "that" or "who" or "whose" or "but" or "while" or "as") break;
            s--;
        }
        return e > s ? (t[s].Start, t[e - 1].End) : (0, 0);
    }

    /// <summary>"[1]" in the sentence: the endnote, with the start of its text when the raw page still has it.</summary>
    private static string? Footnote(IReadOnlyList<WordToken> t, string raw)
    {
        for (int k = 0; k + 2 < t.Count; k++)
        {
            if (t[k].Text != "[" || !t[k + 1].IsDigits || t[k + 2].Text != "]") continue;
            string number = t[k + 1].Text;
            string marker = "[" + number + "]";
            var line = raw.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal) && l.Length > marker.Length + 5);
            if (line is null) return $"endnote {number}";
            string note = line[marker.Length..].Trim();
            return $"endnote {number}: {(note.Length > 80 ? note[..80].TrimEnd() + "…" : note)}";
        }
        return null;
    }
}
