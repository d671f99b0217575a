using System.Text.RegularExpressions;

namespace Faultline.Core.Claims;

/// <summary>
/// Splits text into <see cref="WordToken"/>s: numbers with thousands separators and decimals ("1,500", "1.7"),
/// words with inner apostrophes ("Pakistan's"), and every other mark on its own. Hyphens are their own tokens,
/// so that "twenty-five", "six-point" and "300-400" can be read part by part.
/// </summary>
public static partial class WordTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<WordToken>();
        int previousEnd = -1;
        foreach (Match m in Pattern().Matches(text))
        {
            tokens.Add(new WordToken(m.Value, offset + m.Index, offset + m.Index + m.Length, m.Index == previousEnd));
            previousEnd = m.Index + m.Length;
        }
        return tokens;
    }

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\S")]
    private static partial Regex Pattern();
}
