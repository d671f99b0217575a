using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>CAMEO codes of acts done to someone (data/patterns/dyadic-codes.tsv): a report of one with no target named
/// is no record.</summary>
public sealed class DyadicCodes
{
    private readonly string[] _codes;

    private DyadicCodes(string[] codes) => _codes = codes;

    public static DyadicCodes Load(string dataRoot, CameoCodes cameo)
    {
        var codes = new List<string>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "patterns", "dyadic-codes.tsv")))
        {
            line.Expect(2);
            if (!cameo.IsKnown(line[0])) throw line.Error($"unknown CAMEO code '{line[0]}' (see data/cameo/codes.tsv)");
            if (codes.Contains(line[0])) throw line.Error($"duplicate code '{line[0]}'");
            codes.Add(line[0]);
        }
        return new DyadicCodes([.. codes]);
    }

    /// <summary>Whether an act of <paramref name="code"/> is done to someone: the code begins with a listed one.</summary>
    public bool NeedsTarget(string code) => _codes.Any(c => code.StartsWith(c, StringComparison.Ordinal));
}
