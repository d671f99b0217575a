namespace Faultline.Core.Claims;

/// <summary>
/// Tells a change ("a 56 per cent rise", "a 17 percent year-on-year increase", "19 percent more deaths",
/// "rose by 20%", "an increase of 500") from a level, by where each form of change word stands
/// (see data/lexicons/change-words.tsv). "rose to 99" is the level reached, not the change.
/// </summary>
public sealed class ChangeDetector(ChangeWords changes)
{
    private const int NounWindow = 6;

    /// <summary>The direction (rise or fall) when the figure is a change, else null.</summary>
    public string? Direction(IReadOnlyList<WordToken> t, NumberMatch n, string unit) =>
        After(t, n.EndToken, unit) ?? Before(t, n.FirstToken - 1);

    private string? After(IReadOnlyList<WordToken> t, int k, string unit)
    {
        if (k >= t.Count) return null;
        var word = t[k].Text;
        switch (changes.Form(word))
        {
            case ChangeForm.Verb or ChangeForm.Adverb or ChangeForm.Noun:
                return changes.Direction(word);
            case ChangeForm.Comparative when unit == "percent" || Than(t, k):
                return changes.Direction(word);
        }
        // Modifiers between the figure and its noun: "17 percent year-on-year increase", "56% annual rise".
        for (int j = k; j < t.Count && j < k + NounWindow; j++)
        {
            if (!t[j].IsWord && t[j].Text != "-") return null;
            if (changes.Form(t[j].Text) == ChangeForm.Noun) return changes.Direction(t[j].Text);
            if (GrammarWords.PhraseEnd.Contains(t[j].Text) && !t[j].Glued) return null;
        }
        return null;
    }

    private string? Before(IReadOnlyList<WordToken> t, int k)
    {
        if (k < 0) return null;
        bool linked = t[k].Lower is "by" or "of";
        if (linked) k--;
        if (k < 0) return null;
        return changes.Form(t[k].Text) switch
        {
            ChangeForm.Verb => changes.Direction(t[k].Text),
            ChangeForm.Noun when linked => changes.Direction(t[k].Text),
            ChangeForm.Adverb when !linked && AdverbOfChange(t, k) => changes.Direction(t[k].Text),
            _ => null,
        };
    }

    /// <summary>
    /// "attacks were up 20%", "exports up 20%", ", up 20%": "up" after a form of "be", a plural noun or a pause.
    /// After other verbs it is a particle ("made up 55%", "eat up 13 percent") and says nothing of change.
    /// </summary>
    private static bool AdverbOfChange(IReadOnlyList<WordToken> t, int k)
    {
        if (k == 0) return true;
        var before = t[k - 1];
        return before.Lower is "was" or "were" or "is" or "are" or "been" or "be" or "," or "–" or "—" or "-"
               || (before.IsWord && before.Lower.EndsWith('s') && before.Lower.Length > 3);
    }

    private static bool Than(IReadOnlyList<WordToken> t, int k) =>
        Enumerable.Range(k + 1, Math.Max(0, Math.Min(5, t.Count - k - 1))).Any(j => t[j].Lower == "than");
}
