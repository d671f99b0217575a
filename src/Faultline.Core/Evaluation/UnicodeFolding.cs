using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Faultline.Core.Evaluation;

/// <summary>
/// Python's <c>"".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))</c>, one code
/// point at a time. The build runs with invariant globalization, where <see cref="string.Normalize()"/> leaves
/// non-ASCII text unchanged, so the decompositions come from a table generated from Python's own data.
/// </summary>
/// <remarks>
/// Folding code point by code point is exact: NFKD decomposes each code point independently and then only reorders
/// combining marks, which are all removed. Hangul syllables decompose by the algorithm of Unicode §3.12.
/// The table (UnicodeFoldingData.cs) comes from this Python, its output wrapped into the two string constants:
/// <code>
/// for cp in range(0x110000):
///     if 0xAC00 &lt;= cp &lt;= 0xD7A3 or 0xD800 &lt;= cp &lt;= 0xDFFF: continue
///     out = "".join(x for x in unicodedata.normalize("NFKD", chr(cp)) if not unicodedata.combining(x))
///     if out != chr(cp): removed ranges get cp when out == "", else mapped gets "%X:%s" % (cp, ".".join("%X" % ord(x) for x in out))
/// </code>
/// </remarks>
internal static class UnicodeFolding
{
    private static readonly Lazy<(int First, int Last)[]> Removed = new(ParseRemoved);
    private static readonly Lazy<FrozenDictionary<int, string>> Mapped = new(ParseMapped);

    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes()) Append(sb, rune.Value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, int cp)
    {
        if (cp is >= 0xAC00 and <= 0xD7A3)
        {
            var index = cp - 0xAC00;
            sb.Append((char)(0x1100 + index / 588)).Append((char)(0x1161 + index % 588 / 28));
            if (index % 28 != 0) sb.Append((char)(0x11A7 + index % 28));
        }
        else if (Mapped.Value.TryGetValue(cp, out var folded))
            sb.Append(folded);
        else if (!IsRemoved(cp))
            sb.Append(char.ConvertFromUtf32(cp));
    }

    private static bool IsRemoved(int cp)
    {
        var ranges = Removed.Value;
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (cp < ranges[mid].First) hi = mid - 1;
            else if (cp > ranges[mid].Last) lo = mid + 1;
            else return true;
        }
        return false;
    }

    private static (int, int)[] ParseRemoved() =>
        [.. Entries(UnicodeFoldingData.Removed).Select(e => e.Split('-')).Select(p => (Hex(p[0]), Hex(p[1])))];

    private static FrozenDictionary<int, string> ParseMapped() =>
        Entries(UnicodeFoldingData.Mapped).Select(e => e.Split(':')).ToFrozenDictionary(
            p => Hex(p[0]), p => string.Concat(p[1].Split('.').Select(c => char.ConvertFromUtf32(Hex(c)))));

    private static IEnumerable<string> Entries(string data) =>
        data.Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
