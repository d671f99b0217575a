namespace Faultline.Core.Knowledge;

/// <summary>Known news outlets (data/outlets.tsv), looked up by name or alias.</summary>
public sealed class Outlets
{
    private readonly Dictionary<string, string> _byName;

    private Outlets(Dictionary<string, string> byName) => _byName = byName;

    public static Outlets Load(string dataRoot)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "outlets.tsv")))
        {
            line.Expect(2);
            var name = line[0];
            foreach (var alias in new[] { name }.Concat(line[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                if (!map.TryAdd(alias, name))
                    throw line.Error($"outlet name or alias '{alias}' is already used by '{map[alias]}'");
        }
        return new Outlets(map);
    }

    /// <summary>The canonical outlet name when <paramref name="text"/> is exactly an outlet's name or alias.</summary>
    public string? Find(string text) => _byName.TryGetValue(text.Trim().TrimEnd('.'), out var name) ? name : null;
}
