using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>
/// Subjects named only by their kind ("police", "a suicide bomber", "gunmen"; data/lexicons/unnamed-actors.tsv):
/// with no actor in the clause, they are of the country where the act happens, in the role the file gives.
/// </summary>
public sealed class UnnamedActors
{
    private readonly Dictionary<string, string> _roles;
    private readonly int _longest;

    private UnnamedActors(Dictionary<string, string> roles)
    {
        _roles = roles;
        _longest = roles.Keys.Max(k => k.Split(' ').Length);
    }

    public static UnnamedActors Load(string dataRoot)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "unnamed-actors.tsv")))
        {
            line.Expect(2);
            if (line[1].Length != 3 || !line[1].All(char.IsUpper)) throw line.Error($"role must be a three-letter role code, got '{line[1]}'");
            if (!roles.TryAdd(line[0].ToLowerInvariant(), line[1])) throw line.Error($"duplicate noun '{line[0]}'");
        }
        if (roles.Count == 0) throw new KnowledgeException(DataDirectory.File(dataRoot, "lexicons", "unnamed-actors.tsv"), 0, "no nouns listed");
        return new UnnamedActors(roles);
    }

    /// <summary>The role of an unnamed subject ending at token <paramref name="end"/> ("security forces"), or null.</summary>
    internal string? RoleEndingAt(SentenceView s, int end)
    {
        for (int n = Math.Min(_longest, end + 1); n >= 1; n--)
        {
            var words = string.Join(' ', Enumerable.Range(end - n + 1, n).Select(k => s.Lower[k]));
            if (_roles.TryGetValue(words, out var role)) return role;
        }
        return null;
    }

    /// <summary>
    /// The unnamed subject of a verb ("police had detained ...", "a suicide bomber drove ..."): the nearest such noun
    /// before it in its clause, with no actor named in between, placed in <paramref name="country"/>.
    /// </summary>
    internal ActorRef? Subject(SentenceView s, int clauseStart, int verb, string? country)
    {
        if (country is null) return null;
        for (int i = verb - 1; i >= clauseStart; i--)
        {
            if (s.ActorAt(i) is not null) return null;
            if (RoleEndingAt(s, i) is { } role) return new ActorRef(country, null, role, s.Tokens[i].Text);
        }
        return null;
    }
}
