using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>
/// score.py's norm(): compatibility-decompose, drop combining marks (accents), lower-case, curly quotes to straight,
/// every character that is not a letter or number to a space, then collapse the spaces.
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(JsonNode? value) => value is null ? "" : Normalize(PythonText.Str(value));

    public static string Normalize(string s)
    {
        var folded = PythonText.Lower(UnicodeFolding.Fold(s)).Replace('’', '\'').Replace('‘', '\'');
        var sb = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (IsAlphanumeric(rune)) sb.Append(rune.ToString());
            else sb.Append(' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>str.isalnum() of one character: a letter (L*) or a number (Nd, Nl, No).</summary>
    private static bool IsAlphanumeric(Rune r) => Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
        or UnicodeCategory.OtherNumber;
}
