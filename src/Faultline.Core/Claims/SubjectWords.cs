namespace Faultline.Core.Claims;

/// <summary>
/// The content words of a claim subject, lower-cased and reduced to a crude singular ("attacks" -> "attack",
/// "fatalities" -> "fatality"), and their overlap: shared words over the size of the smaller set.
/// </summary>
public static class SubjectWords
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "in", "of", "from", "by", "on", "at", "for", "to", "and", "or", "with", "its", "their",
        "this", "that", "these", "those", "as", "into", "during", "across", "over", "than", "who", "which", "were", "was",
    };

    public static IReadOnlySet<string> Of(string? subject)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(subject)) return words;
        foreach (var token in WordTokenizer.Tokenize(subject))
        {
            if (!token.IsWord) continue;
            var w = token.Lower.Replace("’", "'");
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
            if (Stop.Contains(w)) continue;
            words.Add(Singular(w));
        }
        return words;
    }

    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        return (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
    }

    private static string Singular(string w) =>
        w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
        : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
        : w;
}
