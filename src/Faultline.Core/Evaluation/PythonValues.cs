using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>
/// The Python semantics score.py applies to parsed JSON values: truthiness, ==, float() and dict.get.
/// JSON null and a missing key are both <c>null</c> here, as both are None to <c>dict.get</c>.
/// </summary>
internal static class PythonValues
{
    /// <summary>d.get(key); None for anything that is not an object, where score.py would fail instead.</summary>
    public static JsonNode? Get(JsonNode? node, string key) =>
        node is JsonObject o && o.TryGetPropertyValue(key, out var v) ? v : null;

    public static bool Has(JsonNode? node, string key) => node is JsonObject o && o.ContainsKey(key);

    public static bool Truthy(JsonNode? n) => n switch
    {
        null => false,
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        _ => n.GetValueKind() switch
        {
            JsonValueKind.String => n.GetValue<string>().Length > 0,
            JsonValueKind.True => true,
            JsonValueKind.Number => IsInteger(n) ? !Integer(n).IsZero : Double(n) != 0,
            _ => false,
        },
    };

    /// <summary>a == b. Booleans are the integers 0 and 1 and integers compare exactly with floats, as in Python.</summary>
    public static bool Equal(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is JsonArray xa) return b is JsonArray xb && xa.Count == xb.Count && xa.Zip(xb).All(p => Equal(p.First, p.Second));
        if (a is JsonObject oa)
            return b is JsonObject ob && oa.Count == ob.Count
                && oa.All(p => ob.TryGetPropertyValue(p.Key, out var v) && Equal(p.Value, v));
        if (b is JsonArray or JsonObject) return false;
        var (ka, kb) = (a.GetValueKind(), b.GetValueKind());
        if (ka == JsonValueKind.String || kb == JsonValueKind.String)
            return ka == kb && a.GetValue<string>() == b.GetValue<string>();
        if (IsFloat(a) || IsFloat(b))
        {
            if (IsFloat(a) && IsFloat(b)) return Double(a) == Double(b);
            var (f, i) = IsFloat(a) ? (Double(a), Integer(b)) : (Double(b), Integer(a));
            return double.IsFinite(f) && Math.Floor(f) == f && new BigInteger(f) == i;
        }
        return Integer(a) == Integer(b);
    }

    /// <summary>float(x), or false where Python raises TypeError or ValueError.</summary>
    public static bool TryFloat(JsonNode? n, out double value)
    {
        value = 0;
        if (n is null or JsonArray or JsonObject) return false;
        switch (n.GetValueKind())
        {
            case JsonValueKind.String: return PythonFloat.TryParse(n.GetValue<string>(), out value);
            case JsonValueKind.True: value = 1; return true;
            case JsonValueKind.False: value = 0; return true;
            case JsonValueKind.Number: value = IsInteger(n) ? (double)Integer(n) : Double(n); return true;
            default: return false;
        }
    }

    /// <summary>Python's json module reads a number with a fraction or exponent as a float, any other as an int.</summary>
    public static bool IsInteger(JsonNode n) => n.GetValueKind() == JsonValueKind.Number && NumberText(n).IndexOfAny(['.', 'e', 'E']) < 0;

    /// <summary>The int value of an integer, or of a boolean (True is 1).</summary>
    public static BigInteger Integer(JsonNode n) => n.GetValueKind() switch
    {
        JsonValueKind.True => BigInteger.One,
        JsonValueKind.False => BigInteger.Zero,
        _ => BigInteger.Parse(NumberText(n), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
    };

    public static double Double(JsonNode n) => double.Parse(NumberText(n), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The number as JSON text: what Python reads when the same value comes from a file.</summary>
    public static string NumberText(JsonNode n) => n.ToJsonString();

    private static bool IsFloat(JsonNode n) => n.GetValueKind() == JsonValueKind.Number && !IsInteger(n);
}
