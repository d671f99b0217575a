namespace Faultline.Core.Claims;

/// <summary>
/// Closed-class English words that end a noun phrase or refer back. They are grammar, not domain knowledge,
/// so they live here rather than in a lexicon file.
/// </summary>
public static class GrammarWords
{
    /// <summary>Words at which the noun phrase counted by a figure ends.</summary>
    public static readonly IReadOnlySet<string> PhraseEnd = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "from", "at", "on", "to", "for", "by", "with", "since", "that", "which", "who", "whom", "whose",
        "were", "was", "is", "are", "be", "been", "had", "have", "has", "and", "or", "but", "than", "as", "into",
        "across", "after", "before", "during", "over", "including", "compared", "while", "when", "where", "amid",
        "against", "between", "per", "each", "alone", "this", "last", "the", "a", "an", "will", "would", "could",
        "may", "might", "can", "did", "do", "does", "also", "not", "so", "if", "because", "although", "though",
    };

    /// <summary>Pronouns after "of" that send a figure back to an earlier noun ("45 of those").</summary>
    public static readonly IReadOnlySet<string> BackReference = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "those", "these", "them", "which", "whom",
    };

    /// <summary>Determiners that make a spelled number a reference to a known set ("the two countries").</summary>
    public static readonly IReadOnlySet<string> Definite = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your", "all", "every",
    };

    public static readonly IReadOnlySet<string> Articles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "their", "this", "that", "these", "those",
    };

    /// <summary>Forms of verbs of harm that, next to a figure, say it counts people killed or hurt.</summary>
    public static readonly IReadOnlyDictionary<string, string> HarmVerbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "killed", ["killing"] = "killed", ["kills"] = "killed", ["kill"] = "killed",
        ["injured"] = "injured", ["injuring"] = "injured", ["wounded"] = "wounded", ["wounding"] = "wounded",
        ["claimed"] = "killed", ["left"] = "killed", ["lost"] = "killed",
    };
}
