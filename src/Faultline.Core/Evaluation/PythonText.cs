using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>Python's str(), repr(), str.upper() and str.lower() of parsed JSON values, as score.py's comparisons see them.</summary>
internal static class PythonText
{
    public static string Str(JsonNode? n) => n switch
    {
        null => "None",
        JsonArray or JsonObject => Repr(n),
        _ => n.GetValueKind() switch
        {
            JsonValueKind.String => n.GetValue<string>(),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => PythonValues.IsInteger(n)
                ? PythonValues.Integer(n).ToString(CultureInfo.InvariantCulture)
                : PythonFloat.Repr(PythonValues.Double(n)),
        },
    };

    public static string Repr(JsonNode? n) => n switch
    {
        JsonArray a => "[" + string.Join(", ", a.Select(Repr)) + "]",
        JsonObject o => "{" + string.Join(", ", o.Select(p => StringRepr(p.Key) + ": " + Repr(p.Value))) + "}",
        not null when n.GetValueKind() == JsonValueKind.String => StringRepr(n.GetValue<string>()),
        _ => Str(n),
    };

    /// <summary>repr(s): single quotes unless only double quotes avoid escaping; unprintable characters escaped.</summary>
    public static string StringRepr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            var v = rune.Value;
            if (v == quote || v == '\\') sb.Append('\\').Append((char)v);
            else if (v == '\t') sb.Append("\\t");
            else if (v == '\n') sb.Append("\\n");
            else if (v == '\r') sb.Append("\\r");
            else if (v == ' ' || Printable(rune)) sb.Append(rune.ToString());
            else sb.Append(v <= 0xFF ? $"\\x{v:x2}" : v <= 0xFFFF ? $"\\u{v:x4}" : $"\\U{v:x8}");
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>str.upper(): the simple mapping plus the one-to-many mappings a name is likely to contain.</summary>
    public static string Upper(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(c switch
            {
                'ß' => "SS", 'ŉ' => "ʼN", 'ﬀ' => "FF", 'ﬁ' => "FI", 'ﬂ' => "FL", 'ﬃ' => "FFI", 'ﬄ' => "FFL",
                'ﬅ' or 'ﬆ' => "ST", _ => c.ToString(),
            });
        return sb.ToString().ToUpperInvariant();
    }

    /// <summary>str.lower(), including Python's final sigma: a capital sigma ending a word becomes ς.</summary>
    public static string Lower(string s)
    {
        var lower = s.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < s.Length; i++)
            if (s[i] == 'Σ' && CasedAround(s, i, -1) && !CasedAround(s, i, +1)) lower[i] = 'ς';
        return new string(lower);
    }

    private static bool CasedAround(string s, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < s.Length; j += step)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(s[j]);
            if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
                return true;
            var ignorable = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol || "'.:·‘’․﹒＇．：".Contains(s[j]);
            if (!ignorable) return false;
        }
        return false;
    }

    private static bool Printable(Rune r) => Rune.GetUnicodeCategory(r) is not (UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
}
