using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>Function words by category (data/lexicons/clause-words.tsv): prepositions, clause boundaries, modals, negations...</summary>
public sealed class ClauseWords
{
    private readonly Dictionary<string, HashSet<string>> _categories;

    private ClauseWords(Dictionary<string, HashSet<string>> categories) => _categories = categories;

    public static readonly string[] Required = ["preposition", "boundary", "passive", "modal", "negation", "hedge", "implicative", "pronoun", "opinion", "determiner", "cancellation", "hypothetical", "subordinator", "inhabitants", "proposal", "targeting", "interrogative", "habitual", "creation", "response", "light", "verbal", "attribution", "beneficiaries", "expulsion", "calm", "attributable", "institution", "adjectival", "denial", "representatives", "announcement", "onset", "course", "asked-for", "saying", "auspices", "non-answer", "noun-modifier", "precedence", "non-agent", "person-title", "foreigners", "exposure", "superlative", "figurative", "own-side", "adverb"];

    public static ClauseWords Load(string dataRoot)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "clause-words.tsv")))
        {
            line.Expect(2);
            if (!Required.Contains(line[0])) throw line.Error($"unknown category '{line[0]}' ({string.Join(", ", Required)})");
            if (map.ContainsKey(line[0])) throw line.Error($"category '{line[0]}' given twice");
            var list = line[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var set = list.ToHashSet(StringComparer.Ordinal);
            if (set.Count != list.Length) throw line.Error($"category '{line[0]}' lists '{list.GroupBy(w => w).First(g => g.Count() > 1).Key}' twice");
            map[line[0]] = set;
        }
        foreach (var r in Required)
            if (!map.ContainsKey(r)) throw new KnowledgeException(DataDirectory.File(dataRoot, "lexicons", "clause-words.tsv"), 0, $"category '{r}' missing");
        return new ClauseWords(map);
    }

    public bool Is(string category, string word) => _categories[category].Contains(word.ToLowerInvariant().Replace('’', '\''));
}
