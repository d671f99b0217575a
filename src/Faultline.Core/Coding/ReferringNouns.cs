using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>Nouns that refer back to an earlier act and the roots that act may have (data/patterns/referring-nouns.tsv).</summary>
public sealed class ReferringNouns
{
    private readonly Dictionary<string, string[]> _roots;

    private ReferringNouns(Dictionary<string, string[]> roots) => _roots = roots;

    public static ReferringNouns Load(string dataRoot)
    {
        var roots = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "patterns", "referring-nouns.tsv")))
        {
            line.Expect(2);
            var these = line[1].Split('|');
            if (these.Any(r => r.Length != 2 || !r.All(char.IsDigit))) throw line.Error($"roots must be two digits each, separated by '|', got '{line[1]}'");
            if (!roots.TryAdd(line[0], these)) throw line.Error($"duplicate noun '{line[0]}'");
        }
        return new ReferringNouns(roots);
    }

    /// <summary>The roots of the act a noun refers to, or null when it refers to none.</summary>
    public IReadOnlyList<string>? RootsOf(string noun) => _roots.GetValueOrDefault(noun);
}
