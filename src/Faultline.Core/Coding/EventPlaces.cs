using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// Where an act happened: the most specific place named in its clause, else a place the clause refers back to
/// ("sealed the crossing"), else the setting a sentence opens with ("In Kabul, ...").
/// </summary>
internal sealed class EventPlaces(ClauseReader clauses)
{
    /// <summary>"In Kabul, the spokesman said ... but accused ...", "Near Chaman, ...": a place set before the first comma frames the whole sentence.</summary>
    private static int? FrontedPlace(SentenceView s)
    {
        if (s.Count == 0 || s.Lower[0] is not ("in" or "at" or "from" or "near" or "along" or "outside" or "across" or "on")) return null;
        for (int i = 1; i < s.Count && s.Lower[i] != ","; i++)
            if (s.PlaceAt(i) is not null) return i;
        return null;
    }

    /// <summary>The place named closest after the trigger in its clause, else the closest before it, else the sentence's setting.</summary>
    public DocumentPlace? Of(SentenceView s, Trigger t)
    {
        int best = -1, bestDistance = int.MaxValue;
        // Only the trigger's own clause: "many in Islamabad cheered when the Taliban seized Kabul" did not happen in Islamabad.
        int from = clauses.ClauseStart(s, t.Start), to = clauses.ClauseEnd(s, t.End) ?? s.Count;
        // "fighters, who had massed in Kunar, stormed posts in Chitral": the relative clause's places are not the act's.
        if (clauses.RelativeClauseOpening(s, t.Start) is not null)
            for (int k = t.Start - 1; k > from; k--)
                if (s.Lower[k] == ",") { from = k + 1; break; }
        // "attacks have surged since the Taliban seized power in Kabul": a clause opened by "since" or "after" with a
        // subject of its own tells another act, with its own place.
        for (int i = t.End + 1; i < to - 1; i++)
            if (ClauseReader.OpensTimeClause(s, i))
            {
                to = i;
                break;
            }
        for (int i = from; i < to; i++)
        {
            if (s.PlaceAt(i) is null) continue;
            // "..., in an attack on an army post in Mir Ali, Pakistan bombed ...": a place set off by a comma before the
            // trigger's own subject belongs to another phrase (a participle's places before it are its own: "..., killing").
            if (i < t.Start && SubjectAfterComma(s, i, t.Start)) continue;
            // "The Taliban administration in Kabul said Pakistani jets had bombed homes": the capital a government speaks
            // from, before the verb of saying, is not where the act it reports was done. (Its own statements are made
            // there; local officials most often speak where it happened: "officials in Khost said ...".)
            // (Only a place in the speaker's own phrase: "at Torkham was shut, traders said, after forces traded fire" is not.)
            if (i < t.Start && CameoCodes.Quad(t.Pattern.Code) is 2 or 4 && (s.MentionAt[i] is { Actor: not null } || s.PlaceOf(s.MentionAt[i]!)?.Kind == "capital")
                && SpeakerPlace(s, i, t.Start)) continue;
            int distance = i > t.End ? i - t.End : (t.Start - i) * 2;
            if (distance < bestDistance) (best, bestDistance) = (i, distance);
        }
        string? id = best >= 0 ? s.PlaceAt(best)!.EntityId : DefinitePlace(s, from, to);
        if (id is null && FrontedPlace(s) is { } fronted) id = s.PlaceAt(fronted)!.EntityId;
        return id is null ? null : s.Document.Places.FirstOrDefault(p => p.Id == id);
    }

    /// <summary>Whether a verb of saying follows the place before <paramref name="trigger"/>, with no comma between them.</summary>
    private bool SpeakerPlace(SentenceView s, int place, int trigger)
    {
        for (int k = place + 1; k < trigger; k++)
        {
            if (s.Lower[k] == ",") return false;
            if (s.MentionAt[k] is null && clauses.Is("saying", s.Lower[k])) return true;
        }
        return false;
    }

    private static bool SubjectAfterComma(SentenceView s, int place, int trigger)
    {
        int comma = -1;
        for (int k = place + 1; k < trigger; k++)
            if (s.Lower[k] == ",") comma = k;
        if (comma < 0) return false;
        for (int k = comma + 1; k < trigger; k++)
            if (s.ActorAt(k) is not null) return true;
        return false;
    }

    /// <summary>"sealed the crossing": "the" and the head noun of a place named before ("the Torkham border crossing").</summary>
    private string? DefinitePlace(SentenceView s, int from, int to)
    {
        for (int i = Math.Max(1, from); i < to; i++)
        {
            if (s.Lower[i - 1] != "the" || s.MentionAt[i] is not null || !s.IsWord(i)) continue;
            // ("the city's police compound": a possessive names the place too.)
            bool possessive = s.Lower[i].EndsWith("'s") || s.Lower[i].EndsWith("’s");
            var head = possessive ? s.Lower[i][..^2] : s.Lower[i];
            // "the crossing point": not the head.
            if (!possessive && i + 1 < s.Count && s.IsWord(i + 1) && s.MentionAt[i + 1] is null && !clauses.IsFunctionWord(s.Lower[i + 1])) continue;
            var earlier = s.Document.Mentions
                .Where(m => m.Kind == MentionKind.Place && m.Span.End <= s.Sentence.Span.Start && HeadWords(s.Document.Text, m.Span).Contains(head))
                .MaxBy(m => m.Span.Start);
            if (earlier is not null) return earlier.EntityId;
            // "Then came Peshawar. ... inside a mosque in the city's Police Lines": "the city" is the last city named.
            if (KindNouns.TryGetValue(head, out var kinds)
                && s.Document.Mentions.Where(m => m.Kind == MentionKind.Place && m.Span.End <= s.Sentence.Span.Start
                        && s.Document.Places.FirstOrDefault(p => p.Id == m.EntityId) is { } named && kinds.Contains(named.Kind))
                    .MaxBy(m => m.Span.Start) is { } last)
                return last.EntityId;
        }
        return null;
    }

    /// <summary>Nouns that refer back to a place of a kind ("the city", "the province").</summary>
    private static readonly Dictionary<string, string[]> KindNouns = new(StringComparer.Ordinal)
    {
        ["city"] = ["city", "capital"], ["town"] = ["city", "district"], ["capital"] = ["capital"],
        ["province"] = ["province"], ["district"] = ["district"],
    };

    /// <summary>The words a place mention ends with or is followed by ("Torkham border crossing", "Nangarhar province"), lower case.</summary>
    private static IEnumerable<string> HeadWords(string text, TextSpan span)
    {
        yield return span.Of(text).Split(' ')[^1].ToLowerInvariant();
        var after = text[span.End..Math.Min(text.Length, span.End + 40)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in after.Take(2))
        {
            if (w.Length == 0 || !char.IsLower(w[0])) yield break;
            yield return w.TrimEnd(',', '.', ';', ':').ToLowerInvariant();
        }
    }
}
