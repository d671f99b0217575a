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
        var key = string.Join(' ', tokens.Select(t => t.Norm));
        if (unique) Check(key, name, target, line);
        Trie.Add([.. tokens.Select(t => t.Norm)], target with
        {
            Case = [.. tokens.Select(CaseOf)],
            Joined = [.. tokens.Select(t => t.Joined)],
            Possessive = [.. tokens.Select(t => t.Possessive)],
        });
    }

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
