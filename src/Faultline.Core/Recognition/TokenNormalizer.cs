using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using Faultline.Core.Documents;
using Faultline.Core.Segmentation;

namespace Faultline.Core.Recognition;

/// <summary>
/// Turns tokens into <see cref="NormalizedToken"/>s. Names in the data files go through the same steps, so a
/// name matches however the text hyphenates, accents or capitalises it.
/// </summary>
public static class TokenNormalizer
{
    private const string Quotes = "\"'‘’“”`´«»";
    private const string Dashes = "-–—‐‑";

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<NormalizedToken> Normalize(Document document)
    {
        var result = new List<NormalizedToken>(document.Tokens.Count + 16);
        var text = document.Text;
        int sentence = -1;
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            var t = document.Tokens[i];
            bool start = t.Sentence != sentence;
            sentence = t.Sentence;
            // Most tokens are plain ASCII words: one pass, no splitting.
            if (IsPlainWord(t.Text) && !JoinedByDash(text, t.Span.Start))
                result.Add(Plain(t.Text, t.Span, t.Sentence, i, result.Count == 0 || result[^1].Sentence != t.Sentence));
            else
                Add(result, text, t.Span, t.Sentence, i, start);
        }
        return result;
    }

    /// <summary>Normalises a name as written in a data file.</summary>
    public static List<NormalizedToken> Normalize(string name)
    {
        var result = new List<NormalizedToken>();
        int i = 0;
        foreach (var span in Simple(name) ? Words(name) : Tokenizer.Tokenize(name, new TextSpan(0, name.Length)))
            Add(result, name, span, 0, i++, i == 1);
        return result;
    }

    // Most data names are plain words: splitting them at spaces gives what the tokenizer would, much faster
    // (the gazetteer has thousands).
    private static bool Simple(string name)
    {
        for (int k = 0; k < name.Length; k++)
        {
            char c = name[k];
            bool inner = (c is '-' or '\'' or '’') && k > 0 && k + 1 < name.Length && char.IsLetter(name[k - 1]) && char.IsLetter(name[k + 1]);
            if (!(char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || inner || (c == ' ' && k > 0 && name[k - 1] != ' ')))
                return false;
        }
        return name.Length > 0 && name[^1] != ' ';
    }

    private static IEnumerable<TextSpan> Words(string name)
    {
        int start = 0;
        for (int k = 0; k <= name.Length; k++)
            if (k == name.Length || name[k] == ' ')
            {
                yield return new TextSpan(start, k);
                start = k + 1;
            }
    }

    private static void Add(List<NormalizedToken> into, string text, TextSpan span, int sentence, int index, bool sentenceStart)
    {
        var s = span.Of(text);
        bool start = sentenceStart || (into.Count > 0 && into[^1].Sentence != sentence);
        if (s.Length == 1 && Quotes.Contains(s[0])) return;
        if (s.Length == 1 && Dashes.Contains(s[0]))
        {
            // A dash written between two words without spaces joins them ("Soviet–Afghan"): no break.
            bool joined = span.Start > 0 && span.End < text.Length && !char.IsWhiteSpace(text[span.Start - 1]) && !char.IsWhiteSpace(text[span.End]);
            if (!joined) into.Add(new NormalizedToken(s, span, sentence, index));
            return;
        }
        if (!char.IsLetterOrDigit(s[0]))
        {
            into.Add(new NormalizedToken(s, span, sentence, index));
            return;
        }
        if (s.Contains('.'))
        {
            // Dotted acronyms ("U.S.") are one word.
            into.Add(Word(s.Replace(".", ""), span, sentence, index, start, dotted: true));
            return;
        }
        int partStart = 0;
        for (int k = 0; k <= s.Length; k++)
        {
            if (k < s.Length && !Dashes.Contains(s[k])) continue;
            if (k > partStart)
            {
                var part = s[partStart..k];
                var partSpan = new TextSpan(span.Start + partStart, span.Start + k);
                bool possessive = false;
                if (k == s.Length && part.Length > 2 && (part.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || part.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
                {
                    part = part[..^2];
                    partSpan = new TextSpan(partSpan.Start, partSpan.End - 2);
                    possessive = true;
                }
                bool joined = partStart > 0 || JoinedByDash(text, span.Start);
                var word = Word(part, partSpan, sentence, index, start && partStart == 0, dotted: false) with { Possessive = possessive, Joined = joined };
                // The Persian linking vowel is spelt -e-, -i- or -ye- (Mazar-i-Sharif, Mazār-e Sharīf, Qal'ah-ye Now).
                if ((joined || k < s.Length) && part is "i" or "e" or "ye") word = word with { Norm = "e" };
                into.Add(word);
            }
            partStart = k + 1;
        }
    }

    private static bool IsPlainWord(string s)
    {
        if (s.Length == 0) return false;
        foreach (var c in s)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NormalizedToken Plain(string s, TextSpan span, int sentence, int index, bool start)
    {
        int upper = 0;
        foreach (var c in s) if (char.IsAsciiLetterUpper(c)) upper++;
        int letters = 0;
        foreach (var c in s) if (char.IsAsciiLetter(c)) letters++;
        return new NormalizedToken(upper == 0 ? s : s.ToLowerInvariant(), span, sentence, index)
        {
            Capitalised = char.IsAsciiLetterUpper(s[0]) || char.IsAsciiDigit(s[0]),
            AllCaps = letters >= 2 && upper == letters,
            SentenceStart = start,
        };
    }

    private static bool JoinedByDash(string text, int at) =>
        at >= 2 && Dashes.Contains(text[at - 1]) && !char.IsWhiteSpace(text[at - 2]);

    private static NormalizedToken Word(string surface, TextSpan span, int sentence, int index, bool start, bool dotted)
    {
        int letters = 0, upper = 0;
        foreach (var c in surface)
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }
        bool allCaps = (letters >= 2 && upper == letters) || (dotted && letters >= 1);
        return new NormalizedToken(Fold(surface), span, sentence, index)
        {
            Capitalised = surface.Length > 0 && (char.IsUpper(surface[0]) || char.IsDigit(surface[0])),
            AllCaps = allCaps,
            SentenceStart = start,
        };
    }

    /// <summary>Lower case without accents or apostrophes: "Kābul" -> "kabul", "Sana'a" -> "sanaa".</summary>
    /// <remarks>Text already decomposed keeps its letters and loses its combining marks.</remarks>
    public static string Fold(string s)
    {
        if (IsPlain(s)) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (Quotes.Contains(c) || c == 'ʻ' || c == 'ʼ') continue;
            sb.Append(char.ToLowerInvariant(Diacritics.Strip(c)));
        }
        return sb.ToString();
    }

    private static bool IsPlain(string s)
    {
        foreach (var c in s)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }
}
