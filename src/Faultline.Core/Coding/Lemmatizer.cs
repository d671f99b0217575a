using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>
/// Rule-based lemmatiser for verbs and nouns: irregular forms from data/lexicons/irregular-verbs.tsv, then the
/// regular English inflections. It returns every plausible lemma, and the caller keeps the one it knows
/// ("carried" -> carry, "launched" -> launch, "stopped" -> stop, "strikes" -> strike).
/// </summary>
public sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _irregular;

    public Lemmatizer(Dictionary<string, string> irregular) => _irregular = irregular;

    public static Lemmatizer Load(string dataRoot)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "irregular-verbs.tsv")))
        {
            line.Expect(2);
            if (!map.TryAdd(line[0].ToLowerInvariant(), line[1].ToLowerInvariant())) throw line.Error($"duplicate form '{line[0]}'");
        }
        return new Lemmatizer(map);
    }

    // Words repeat across documents; their candidates are computed once (the set of words is bounded by the vocabulary).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Candidates(string word) => _cache.GetOrAdd(word, w => Generate(w).Distinct().ToArray());

    private IEnumerable<string> Generate(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        if (_irregular.TryGetValue(w, out var irregular)) yield return irregular;
        yield return w;
        if (w.EndsWith("ies") && w.Length > 4) yield return w[..^3] + "y";
        if (w.EndsWith("es") && w.Length > 3) yield return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 2) yield return w[..^1];
        if (w.EndsWith("ied") && w.Length > 4) yield return w[..^3] + "y";
        foreach (var suffix in new[] { "ed", "ing" })
        {
            if (!w.EndsWith(suffix) || w.Length <= suffix.Length + 2) continue;
            var stem = w[..^suffix.Length];
            yield return stem;
            yield return stem + "e";
            // Doubled final consonant: stopped -> stop, shelling -> shell is covered by the plain stem.
            if (stem.Length > 2 && stem[^1] == stem[^2]) yield return stem[..^1];
        }
    }

    /// <summary>Whether <paramref name="word"/> is an irregular past form ("drew", "took"), not a present one.</summary>
    public bool IsIrregularPast(string word)
    {
        var w = word.ToLowerInvariant();
        return _irregular.ContainsKey(w) && !w.EndsWith('s') && !w.EndsWith("ing");
    }

    /// <summary>Whether a word is a verb's past form ("closed", "shut"), not its bare, -s or -ing form.</summary>
    public bool IsPastForm(string word) => word.EndsWith("ed") || IsIrregularPast(word);

    /// <summary>Whether <paramref name="word"/> has an inflection typical of a past participle ("-ed", "-en" or an irregular form).</summary>
    public bool LooksLikeParticiple(string word)
    {
        var w = word.ToLowerInvariant();
        return w.EndsWith("ed") || w.EndsWith("en") || (_irregular.ContainsKey(w) && !w.EndsWith('s') && !w.EndsWith("ing"));
    }
}
