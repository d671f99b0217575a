using System.Globalization;
using Faultline.Core.Aggregation;
using Faultline.Core.Temporal;

namespace Faultline.Web.Api;

/// <summary>
/// Reads query parameters with the CLI's rules and says exactly what is wrong when one cannot be read:
/// a bad parameter is a 400, never a silently ignored filter.
/// </summary>
internal static class QueryParse
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static Paging Paging(string? limit, string? offset) =>
        new(Whole("limit", limit, DefaultLimit, 1, MaxLimit), Whole("offset", offset, 0, 0, int.MaxValue));

    public static int Whole(string name, string? value, int fallback, int min, int max)
    {
        if (value is null) return fallback;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new BadParameterException(name, $"{name} must be a whole number from {min} to {max}, got '{value}'");
        return n;
    }

    public static int? Quad(string? value) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 4 ? n
        : throw new BadParameterException("quad", $"quad must be 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict), got '{value}'");

    /// <summary>An ISO date prefix that names a real year, month or day (2022-13 and 2023-02-30 are refused).</summary>
    public static string? Date(string name, string? value) =>
        value is null || (PartialDate.TryParseIso(value) is not null && IsRealDate(value)) ? value
        : throw new BadParameterException(name, $"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got '{value}'");

    private static bool IsRealDate(string value)
    {
        var full = value.Length switch { 4 => value + "-01-01", 7 => value + "-01", _ => value };
        return DateOnly.TryParseExact(full, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    public static (string A, string B)? Dyad(string? value)
    {
        if (value is null) return null;
        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) throw new BadParameterException("dyad", $"dyad takes two actor codes separated by a comma (PAK,TAL), got '{value}'");
        return (parts[0], parts[1]);
    }

    /// <summary>A CAMEO code prefix from code (2 to 4 digits) or root (2 digits); both given must agree.</summary>
    public static string? Code(string? code, string? root)
    {
        if (code is not null && (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)))
            throw new BadParameterException("code", $"code must be a CAMEO code of 2 to 4 digits, got '{code}'");
        if (root is not null && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
            throw new BadParameterException("root", $"root must be a CAMEO root of 2 digits, got '{root}'");
        if (code is not null && root is not null && !code.StartsWith(root, StringComparison.Ordinal))
            throw new BadParameterException("code", $"code '{code}' is not under root '{root}'");
        return code ?? root;
    }

    public static string Period(string? by) =>
        by is null ? "year"
        : TrendCalculator.Periods.Contains(by) ? by
        : throw new BadParameterException("by", $"by must be one of {string.Join(", ", TrendCalculator.Periods)}, got '{by}'");

    public static string Required(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new BadParameterException(name, $"{name} is required") : value.Trim();
}
