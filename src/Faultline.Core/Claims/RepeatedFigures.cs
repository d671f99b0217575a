using Faultline.Core.Documents;

namespace Faultline.Core.Claims;

/// <summary>
/// The annotation guide wants each distinct figure once. Pages repeat themselves: a headline or standfirst states
/// the figure the body gives again, and pull quotes copy whole sentences. This policy drops a claim whose sentence
/// repeats an earlier sentence word for word, and a claim in the heading (the paragraphs before the first
/// sentence that ends in a full stop) whose value and unit the body gives again.
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
            bool inHeading = d.Sentences[c.Sentence].Paragraph < bodyStart;
            if (inHeading && claims.Any(o => d.Sentences[o.Sentence].Paragraph >= bodyStart && o.Value == c.Value && o.Unit == c.Unit))
                continue;
            kept.Add(c);
        }
        return kept;
    }
}
