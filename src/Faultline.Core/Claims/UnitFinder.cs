namespace Faultline.Core.Claims;

/// <summary>
/// Decides what a figure counts from the words around it: a unit marked on the figure ("56%", "$2bn"); else the
/// first unit noun of the noun phrase that follows ("500,000 undocumented Afghan migrants"); else, for "45 of
/// those", the nearest unit noun before it; else the unit of the next conjunct ("137 army and 208 police
/// personnel"); else a unit noun just before it ("the death toll rose to 47"); else count.
/// </summary>
public sealed class UnitFinder(Units units)
{
    private const int Window = 5;

    public UnitReading Find(IReadOnlyList<WordToken> t, NumberMatch n, IReadOnlyList<NumberMatch> all)
    {
        if (n.Unit is not null) return new UnitReading(n.Unit, 1, "affix") { HasNoun = true };
        int i = n.EndToken;
        if (i + 1 < t.Count && t[i].Lower == "of" && GrammarWords.BackReference.Contains(t[i + 1].Text))
            return Antecedent(t, n.FirstToken) ?? new UnitReading("count", 1, "of-those") { Anaphoric = true, HasNoun = true };
        if (i + 1 < t.Count && t[i].Lower == "of" && t[i + 1].Lower == "the") i += 2;
        // "11 of the 24 attackers": the part counts what the whole counts.
        if (all.FirstOrDefault(m => m.FirstToken == i) is { } whole && i > n.EndToken) i = whole.EndToken;
        if (Following(t, i) is { } after) return after;
        if (Conjunct(t, n, all) is { } conj) return conj;
        bool hasNoun = i < t.Count && t[i].IsWord && !GrammarWords.PhraseEnd.Contains(t[i].Text);
        if (!hasNoun && Harmed(t, n.FirstToken, i)) return new UnitReading("people", 1, "harm") { HasNoun = true };
        if (!hasNoun && Preceding(t, n.FirstToken) is { } before) return before;
        return new UnitReading("count", 1, "default") { HasNoun = hasNoun };
    }

    private UnitReading? Following(IReadOnlyList<WordToken> t, int i)
    {
        for (int k = i; k < t.Count && k < i + Window; k++)
        {
            if (!t[k].IsWord && t[k].Text != "-") return null;
            if (units.Nouns.Match(t, k) is { } m)
                return new UnitReading(m.Value.Unit, m.Value.Factor, "noun:" + m.Value.Word)
                {
                    HeadFirst = i, HeadEnd = k + m.Length, HasNoun = true,
                };
            if (GrammarWords.PhraseEnd.Contains(t[k].Text)) return null;
        }
        return null;
    }

    /// <summary>"30 were killed", "killing 12": a verb of harm next to a bare figure counts people.</summary>
    private static bool Harmed(IReadOnlyList<WordToken> t, int first, int after)
    {
        if (first > 0 && GrammarWords.HarmVerbs.ContainsKey(t[first - 1].Text) && t[first - 1].Lower.EndsWith("ing")) return true;
        int k = after;
        while (k < t.Count && t[k].Lower is "were" or "was" or "have" or "has" or "had" or "been" or "are" or "reportedly") k++;
        return k > after && k < t.Count && t[k].Lower is "killed" or "injured" or "wounded" or "dead" or "martyred";
    }

    private UnitReading? Antecedent(IReadOnlyList<WordToken> t, int before)
    {
        for (int k = before - 1; k >= 0; k--)
            if (units.Nouns.Match(t, k) is { } m && m.Value.IsClaim && m.Value.Position == UnitPosition.Noun)
                return new UnitReading(m.Value.Unit, m.Value.Factor, "of-those:" + m.Value.Word)
                {
                    HeadFirst = k, HeadEnd = k + m.Length, Anaphoric = true, HasNoun = true,
                };
        return null;
    }

    private UnitReading? Conjunct(IReadOnlyList<WordToken> t, NumberMatch n, IReadOnlyList<NumberMatch> all)
    {
        int k = n.EndToken;
        while (k < t.Count && k < n.EndToken + 3 && t[k].Lower is not ("and" or "or")) k++;
        if (k >= t.Count || t[k].Lower is not ("and" or "or")) return null;
        var next = all.FirstOrDefault(m => m.FirstToken == k + 1);
        if (next is null || next.Unit is not null) return next is null ? null : new UnitReading(next.Unit!, 1, "conjunct");
        var reading = Following(t, next.EndToken);
        return reading is null || reading.Unit == UnitEntry.None
            ? null
            : reading with { Rule = "conjunct", HeadFirst = n.EndToken, HeadEnd = k };
    }

    private UnitReading? Preceding(IReadOnlyList<WordToken> t, int first)
    {
        // "Fatalities among security forces rose to 685": the counted noun may stand a few words back.
        for (int k = first - 1; k >= 0 && k >= first - 2 * Window; k--)
        {
            if (!t[k].IsWord) return null;
            if (units.Nouns.Match(t, k) is { } m && m.Value.Position == UnitPosition.Noun && m.Value.IsClaim)
                return new UnitReading(m.Value.Unit, m.Value.Factor, "before:" + m.Value.Word) { HeadFirst = k, HeadEnd = k + m.Length };
        }
        return null;
    }
}
