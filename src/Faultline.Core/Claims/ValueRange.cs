using Faultline.Core.Documents;

namespace Faultline.Core.Claims;

/// <summary>
/// The values a claim allows, from its value, range and qualifier: "at least 386" is [386, ∞), "up to 150" is
/// [0, 150], "about 70" is 70 give or take the tolerance, "300 to 400" is [300, 400].
/// </summary>
public readonly record struct ValueRange(double Low, double High)
{
    public static ValueRange Of(Claim c, double tolerance)
    {
        double v = c.Value;
        if (c.ValueHigh is { } h) return new ValueRange(Math.Min(v, h), Math.Max(v, h));
        return c.Qualifier switch
        {
            "at_least" or "more_than" => new ValueRange(v, double.PositiveInfinity),
            "at_most" or "less_than" => new ValueRange(0, v),
            "about" => new ValueRange(v * (1 - tolerance), v * (1 + tolerance)),
            _ => new ValueRange(v, v),
        };
    }

    /// <summary>Whether two ranges meet once the gap between them is allowed to be <paramref name="tolerance"/> of the larger value.</summary>
    public bool Agrees(ValueRange other, double tolerance)
    {
        double gap = Math.Max(0, Math.Max(Low - other.High, other.Low - High));
        double scale = Math.Max(Math.Abs(Low), Math.Abs(other.Low));
        if (double.IsFinite(High) && double.IsFinite(other.High)) scale = Math.Max(scale, Math.Max(High, other.High));
        return gap <= tolerance * scale;
    }
}
