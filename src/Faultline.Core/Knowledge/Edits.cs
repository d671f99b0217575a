namespace Faultline.Core.Knowledge;

/// <summary>Edit distance checks for spelling variants ("Hammed" / "Hameed", "Peshwar" / "Peshawar").</summary>
public static class Edits
{
    /// <summary>Optimal string alignment distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a one-edit misspelling of <paramref name="known"/>: long enough to be
    /// safe (6+ letters), same first letter, and not the known word plus an inflection ("Punjab" + "i").
    /// </summary>
    public static bool IsTypoOf(string text, string known)
    {
        if (text.Length < 6 || known.Length < 6 || text == known || text[0] != known[0]) return false;
        if (Math.Abs(text.Length - known.Length) > 1) return false;
        if (text.StartsWith(known, StringComparison.Ordinal) && text[known.Length..] is "i" or "s" or "n") return false;
        if (known.StartsWith(text, StringComparison.Ordinal)) return false;
        return Distance(text, known) == 1;
    }
}
