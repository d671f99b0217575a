using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>Function words by category (data/lexicons/clause-words.tsv): prepositions, clause boundaries, modals, negations...</summary>
public sealed class ClauseWords
{
    private readonly Dictionary<string, HashSet<string>> _categories;

    private ClauseWords(Dictionary<string, HashSet<string>> categories) => _categories = categories;

    public static readonly string[] Required = ["preposition", "boundary", "passive", "modal", "negation", "hedge", "implicative", "pronoun", "opinion", "determiner", "cancellation", "hypothetical", "subordinator", "inhabitants", "proposal", "targeting", "interrogative", "habitual", "creation", "response", "light", "verbal", "attribution", "beneficiaries", "expulsion", "calm", "attributable", "institution", "adjectival", "denial", "representatives", "announcement", "onset", "course", "asked-for", "saying", "auspices", "non-answer", "noun-modifier", "precedence", "non-agent", "person-title", "foreigners", "exposure", "superlative", "figurative", "own-side", "adverb", "naming", "authorship", "record", "report", "dismissal", "quantity", "provocation", "adjective-form", "device"];

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

    /// <summary>Where the name begins after a naming clause opening with "what" at <paramref name="i"/> ("what Islamabad
    /// called", "what the ministry described as"), or -1: the object of the verb before it is that name.</summary>
    internal int NamingClauseEnd(SentenceView s, int i)
    {
        if (s.Lower[i] != "what") return -1;
        for (int k = i + 1; k < s.Count && k <= i + 6; k++)
        {
            if (s.Lower[k] is "," or "." or ";") return -1;
            if (s.MentionAt[k] is null && Is("naming", s.Lower[k]))
            {
                int name = k + 1 < s.Count && s.Lower[k + 1] == "as" ? k + 2 : k + 1;
                return name < s.Count ? name : -1;
            }
        }
        return -1;
    }

    public bool Is(string category, string word) => _categories[category].Contains(word.ToLowerInvariant().Replace('’', '\''));
}
