using Faultline.Core.Knowledge;

namespace Faultline.Core.Segmentation;

/// <summary>Words that end with a period without ending a sentence (data/lexicons/abbreviations.txt).</summary>
public sealed class Abbreviations
{
    private readonly HashSet<string> _words;

    public Abbreviations(IEnumerable<string> words) => _words = new HashSet<string>(words, StringComparer.Ordinal);

    public static Abbreviations Load(string dataRoot) =>
        new(DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "abbreviations.txt")).Select(l => l[0]));

    /// <summary>Whether <paramref name="word"/> (without its final period) is a listed abbreviation or an initial.</summary>
    public bool Contains(string word) =>
        _words.Contains(word)
        // In a heading in capitals: "THURSDAY, OCT. 9", "GEN. ASIM MUNIR".
        || (word.Length > 1 && word.All(char.IsUpper) && _words.Contains(word[0] + word[1..].ToLowerInvariant()))
        || (word.Length == 1 && char.IsUpper(word[0]))
        // Dotted acronyms: "U.S", "e.g", "N.W.F.P"
        || (word.Length >= 3 && word.Contains('.') && word.Split('.').All(p => p.Length is 1 or 2 && p.All(char.IsLetter)));
}
