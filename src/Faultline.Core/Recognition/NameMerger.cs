using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Tells when two spellings in one document name the same person: the same first name and surnames at most
/// one edit apart ("Faiz Hameed" / "Faiz Hammed"), or a surname alone that only one known person has.
/// </summary>
public static class NameMerger
{
    public static bool SamePerson(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count < 2 || b.Count < 2) return false;
        if (TokenNormalizer.Fold(a[0]) != TokenNormalizer.Fold(b[0])) return false;
        string x = TokenNormalizer.Fold(a[^1]), y = TokenNormalizer.Fold(b[^1]);
        return x == y || (Math.Min(x.Length, y.Length) >= 5 && Edits.Distance(x, y) <= 1);
    }

    /// <summary>The one person among <paramref name="people"/> whose surname is <paramref name="word"/>, else null.</summary>
    public static string? BySurname(string word, IEnumerable<KnownPerson> people)
    {
        var fold = TokenNormalizer.Fold(word);
        string? id = null;
        foreach (var p in people)
        {
            if (p.Words.Count < 2 || TokenNormalizer.Fold(p.Surname) != fold || p.Id == id) continue;
            if (id is not null) return null;
            id = p.Id;
        }
        return id;
    }
}
