using Faultline.Core.Documents;

namespace Faultline.Core.Claims;

/// <summary>
/// The annotation guide wants each distinct figure once. Pages repeat themselves: a headline or standfirst states
/// the figure the body gives again, pull quotes copy whole sentences, and the body recalls a large figure it gave
/// before ("the 500,000 deportees"). This policy drops a claim whose sentence repeats an earlier sentence word
/// for word; a claim in the heading (the paragraphs before the first sentence that ends in a full stop) whose
/// value and unit the body gives again; and a later claim with the same large value (100 or more, where two
/// distinct figures rarely coincide), unit and kind as an earlier one, unless their periods differ.
/// </summary>
public static class RepeatedFigures
{
    public static List<Claim> Remove(Document d, IReadOnlyList<Claim> claims)
    {
        int bodyStart = d.Sentences.FirstOrDefault(s => d.SentenceText(s.Index).TrimEnd().EndsWith('.'))?.Paragraph ?? 0;
        var kept = new List<Claim>();
        var seenSentences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            string sentence = d.SentenceText(c.Sentence).Trim();
            if (seenSentences.TryGetValue(sentence, out var first) && first != c.Sentence
                && kept.Any(k => k.Sentence == first && k.Value == c.Value && k.Unit == c.Unit))
                continue;
            seenSentences.TryAdd(sentence, c.Sentence);
            if (c.Value >= LargeValue && kept.Any(k => SameFigure(k, c))) continue;
            bool inHeading = d.Sentences[c.Sentence].Paragraph < bodyStart;
            if (inHeading && claims.Any(o => d.Sentences[o.Sentence].Paragraph >= bodyStart && o.Value == c.Value && o.Unit == c.Unit))
                continue;
            kept.Add(c);
        }
        return kept;
    }

    private const double LargeValue = 100;

    private static bool SameFigure(Claim a, Claim b) =>
        a.Value == b.Value && a.Unit == b.Unit && a.Kind == b.Kind
        && (a.Period is null || b.Period is null || a.Period == b.Period);
}
