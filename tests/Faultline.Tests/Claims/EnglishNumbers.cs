namespace Faultline.Tests.Claims;

/// <summary>Writes whole numbers in English words ("three hundred and forty-five thousand"), for property tests.</summary>
internal static class EnglishNumbers
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static string Words(long n, bool withAnd)
    {
        if (n == 0) return Small[0];
        var parts = new List<string>();
        foreach (var (scale, name) in new[] { (1_000_000_000L, "billion"), (1_000_000L, "million"), (1_000L, "thousand") })
            if (n >= scale)
            {
                parts.Add(Below1000(n / scale, withAnd) + " " + name);
                n %= scale;
            }
        if (n > 0) parts.Add(Below1000(n, withAnd));
        return string.Join(" ", parts);
    }

    private static string Below1000(long n, bool withAnd)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        var text = hundreds > 0 ? Small[hundreds] + " hundred" : "";
        if (rest == 0) return text;
        var tail = rest < 20 ? Small[rest] : Tens[rest / 10] + (rest % 10 > 0 ? "-" + Small[rest % 10] : "");
        return text.Length == 0 ? tail : text + (withAnd ? " and " : " ") + tail;
    }
}
