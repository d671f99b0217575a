using Faultline.Core.Recognition;

namespace Faultline.Core.Knowledge;

/// <summary>
/// Collects the names of all knowledge files into one <see cref="NameTrie"/>, rejecting a name that two
/// entries claim (unless they are time-limited meanings whose periods do not overlap), naming file and line.
/// </summary>
public sealed class NameRegistry
{
    private sealed record Claim(string Entry, TargetKind Kind, DateRange Period, DataLine Line);

    private readonly Dictionary<string, List<Claim>> _claims = new(StringComparer.Ordinal);

    public NameTrie Trie { get; } = new();

    /// <summary>Adds <paramref name="name"/> for <paramref name="target"/>; <paramref name="unique"/> names are checked for clashes.</summary>
    public void Add(string name, NameTarget target, DataLine line, bool unique = true)
    {
        var tokens = TokenNormalizer.Normalize(name.Trim());
        if (tokens.Count > 1 && tokens[0].Norm == "the") tokens.RemoveAt(0);
        if (tokens.Count == 0) throw line.Error($"empty name '{name}'");
        var norms = new string[tokens.Count];
        var cases = new byte[tokens.Count];
        var joined = new bool[tokens.Count];
        var possessive = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            norms[i] = tokens[i].Norm;
            cases[i] = CaseOf(tokens[i]);
            joined[i] = tokens[i].Joined;
            possessive[i] = tokens[i].Possessive;
        }
        if (unique) Check(string.Join(' ', norms), name, target, line);
        var compiled = target with { Case = cases, Joined = joined, Possessive = possessive };
        // A gazetteer entry never shadows an actor or person of the same name (a village called "Taliban");
        // actors load first, so a place is simply not added under their names. Capitals stay beside metonyms.
        if (target.Kind == TargetKind.Place)
            Trie.AddUnless(norms, compiled, IsShadowing);
        else
            Trie.Add(norms, compiled);
    }

    private static bool IsShadowing(NameTarget t) =>
        t.Kind is TargetKind.State or TargetKind.Demonym or TargetKind.Organisation or TargetKind.Person or TargetKind.Conflict;

    private void Check(string key, string name, NameTarget target, DataLine line)
    {
        var claim = new Claim(target.Id, target.Kind, target.Period, line);
        if (!_claims.TryGetValue(key, out var list)) _claims[key] = list = [];
        foreach (var other in list)
        {
            if (other.Entry == claim.Entry && other.Kind == claim.Kind) continue;
            if (other.Kind == TargetKind.Metonym && claim.Kind == TargetKind.Metonym && !other.Period.Overlaps(claim.Period)) continue;
            throw line.Error($"name '{name}' is already used by '{other.Entry}' ({Path.GetFileName(other.Line.File)}:{other.Line.Number})");
        }
        list.Add(claim);
    }

    private static byte CaseOf(NormalizedToken t) => t.AllCaps && t.Norm.Length >= 2 ? (byte)2 : t.Capitalised && char.IsLetter(t.Norm[0]) ? (byte)1 : (byte)0;
}
