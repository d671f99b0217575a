using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Faultline.Core.Evaluation;

/// <summary>Python's float behaviour where the scorer's output depends on it: repr, round() and float(str).</summary>
internal static partial class PythonFloat
{
    /// <summary>repr(x): the shortest digits that round-trip, fixed notation for exponents -4 to 15, else 1.5e-05.</summary>
    public static string Repr(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var shortest = x.ToString("R", CultureInfo.InvariantCulture);
        var sign = shortest.StartsWith('-') ? "-" : "";
        var (digits, exponent) = Decompose(shortest.TrimStart('-'));
        if (exponent < -4 || exponent >= 16)
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return $"{sign}{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
        }
        if (exponent < 0) return $"{sign}0.{new string('0', -exponent - 1)}{digits}";
        var whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
        var fraction = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
        return $"{sign}{whole}.{fraction}";
    }

    /// <summary>round(x, digits): half to even on the exact binary value, as Python does (round(2.675, 2) is 2.67).</summary>
    public static double Round(double x, int digits)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        var bits = BitConverter.DoubleToInt64Bits(x);
        var biased = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0) biased = 1;
        else mantissa |= 1L << 52;
        var exponent = biased - 1075;
        var num = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        var den = BigInteger.One;
        if (exponent > 0) num <<= exponent;
        else den <<= -exponent;
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        var text = q.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var value = double.Parse(text[..^digits] + "." + text[^digits..], CultureInfo.InvariantCulture);
        return x < 0 ? -value : value;
    }

    /// <summary>float(s) for a string: surrounding space, any decimal digits, underscores between digits, inf and nan.</summary>
    public static bool TryParse(string s, out double value)
    {
        value = 0;
        var ascii = new string([.. s.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c)]).Trim();
        var word = ascii.TrimStart('+', '-').ToLowerInvariant();
        var negative = ascii.StartsWith('-');
        if (ascii.Length - word.Length <= 1 && word is "inf" or "infinity" or "nan")
        {
            value = word == "nan" ? double.NaN : negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (!Literal().IsMatch(ascii)) return false;
        return double.TryParse(ascii.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static (string Digits, int Exponent) Decompose(string r)
    {
        var e = r.IndexOfAny(['E', 'e']);
        var exp = e >= 0 ? int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture) : 0;
        var mantissa = e >= 0 ? r[..e] : r;
        var point = mantissa.IndexOf('.');
        var intPart = point >= 0 ? mantissa[..point] : mantissa;
        var all = intPart + (point >= 0 ? mantissa[(point + 1)..] : "");
        var lead = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        if (digits.Length == 0) return ("0", 0);
        return (digits, exp + intPart.Length - 1 - lead);
    }

    [GeneratedRegex(@"^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$")]
    private static partial Regex Literal();
}
