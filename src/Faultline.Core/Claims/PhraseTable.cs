namespace Faultline.Core.Claims;

/// <summary>
/// Multi-word phrases from a lexicon, matched against a token list at a position, longest phrase first.
/// Phrases are tokenised like the text, so "per cent", "think-tank" and "US$" match however they are spaced.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, T> _phrases = new(StringComparer.OrdinalIgnoreCase);
    private int _longest;

    /// <summary>Adds a phrase; false when it is already present.</summary>
    public bool Add(string phrase, T value)
    {
        var words = WordTokenizer.Tokenize(phrase).Select(t => t.Text).ToArray();
        if (words.Length == 0 || !_phrases.TryAdd(string.Join(' ', words), value)) return false;
        _longest = Math.Max(_longest, words.Length);
        return true;
    }

    public bool TryGet(string word, out T value) => _phrases.TryGetValue(word, out value!);

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its value and how many tokens it spans.</summary>
    public (T Value, int Length)? Match(IReadOnlyList<WordToken> tokens, int start)
    {
        for (int n = Math.Min(_longest, tokens.Count - start); n >= 1; n--)
        {
            var key = string.Join(' ', Enumerable.Range(start, n).Select(i => tokens[i].Text));
            if (_phrases.TryGetValue(key, out var value)) return (value, n);
        }
        return null;
    }

    /// <summary>The longest phrase that ends just before token <paramref name="end"/>.</summary>
    public (T Value, int Length)? MatchEndingAt(IReadOnlyList<WordToken> tokens, int end)
    {
        for (int n = Math.Min(_longest, end); n >= 1; n--)
        {
            var key = string.Join(' ', Enumerable.Range(end - n, n).Select(i => tokens[i].Text));
            if (_phrases.TryGetValue(key, out var value)) return (value, n);
        }
        return null;
    }
}
