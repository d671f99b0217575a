using System.Text;

namespace Faultline.Core.Benchmarking;

/// <summary>
/// A deterministic synthetic corpus for measuring speed: articles assembled from the sentences of real articles
/// in a seeded random order, so that the same seed and size always give the same bytes.
/// </summary>
public static class BenchCorpus
{
    public static IEnumerable<(string Name, string Text)> Generate(IReadOnlyList<string> sentences, int documents, int seed)
    {
        if (sentences.Count == 0) throw new ArgumentException("no sentences to build a corpus from", nameof(sentences));
        var random = new Random(seed);
        for (int d = 0; d < documents; d++)
        {
            var text = new StringBuilder();
            text.Append("Report ").Append(d + 1).Append(" on the border\n\n");
            int paragraphs = random.Next(4, 12);
            for (int p = 0; p < paragraphs; p++)
            {
                int count = random.Next(2, 6);
                for (int s = 0; s < count; s++)
                {
                    if (s > 0) text.Append(' ');
                    text.Append(sentences[random.Next(sentences.Count)]);
                }
                text.Append("\n\n");
            }
            yield return ($"bench_{d:D6}", text.ToString());
        }
    }
}
