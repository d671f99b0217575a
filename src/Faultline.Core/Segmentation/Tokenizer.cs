using System.Text.RegularExpressions;
using Faultline.Core.Documents;

namespace Faultline.Core.Segmentation;

/// <summary>
/// Splits a span into tokens: numbers with separators ("1,500", "2.5"), words with inner hyphens and
/// apostrophes ("Tehreek-e-Taliban", "Pakistan's"), dotted abbreviations ("U.S."), and single punctuation marks.
/// </summary>
public static partial class Tokenizer
{
    public static IEnumerable<TextSpan> Tokenize(string text, TextSpan span)
    {
        foreach (Match m in TokenPattern().Matches(text[span.Start..span.End]))
            yield return new TextSpan(span.Start + m.Index, span.Start + m.Index + m.Length);
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|(?:\p{L}\.){2,}|[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*|\S")]
    private static partial Regex TokenPattern();
}
