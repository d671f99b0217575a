using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>Nouns that refer back to an earlier act and the root of that act (data/patterns/referring-nouns.tsv).</summary>
public sealed class ReferringNouns
{
    private readonly Dictionary<string, string> _roots;

    private ReferringNouns(Dictionary<string, string> roots) => _roots = roots;

    public static ReferringNouns Load(string dataRoot)
    {
        var roots = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "patterns", "referring-nouns.tsv")))
        {
            line.Expect(2);
            if (line[1].Length != 2 || !line[1].All(char.IsDigit)) throw line.Error($"root must be two digits, got '{line[1]}'");
            if (!roots.TryAdd(line[0], line[1])) throw line.Error($"duplicate noun '{line[0]}'");
        }
        return new ReferringNouns(roots);
    }

    public string? RootOf(string noun) => _roots.GetValueOrDefault(noun);
}
