using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>CAMEO event codes with their Goldstein values and quad classes (data/cameo/codes.tsv).</summary>
public sealed class CameoCodes
{
    private readonly Dictionary<string, (double Goldstein, string Name)> _codes;

    private CameoCodes(Dictionary<string, (double, string)> codes) => _codes = codes;

    public static CameoCodes Load(string dataRoot)
    {
        var codes = new Dictionary<string, (double, string)>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "cameo", "codes.tsv")))
        {
            line.Expect(3);
            if (line[0].Length is < 2 or > 4 || !line[0].All(char.IsDigit)) throw line.Error($"'{line[0]}' is not a CAMEO code of 2 to 4 digits");
            if (!double.TryParse(line[1], System.Globalization.CultureInfo.InvariantCulture, out var g) || g is < -10 or > 10)
                throw line.Error($"Goldstein value must be between -10 and 10, got '{line[1]}'");
            if (!codes.TryAdd(line[0], (g, line[2]))) throw line.Error($"duplicate code {line[0]}");
        }
        return new CameoCodes(codes);
    }

    public bool IsKnown(string code) => _codes.ContainsKey(code);

    public string Name(string code) => Lookup(code).Name;

    public double Goldstein(string code) => Lookup(code).Goldstein;

    /// <summary>GDELT's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public static int Quad(string code) => int.Parse(code[..2]) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    /// <summary>Acts of speech about other acts: statements, appeals, demands, accusations, rejections and threats.</summary>
    public static bool IsStatement(string code) => code[..2] is "01" or "02" or "10" or "11" or "12" or "13";

    private (double Goldstein, string Name) Lookup(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (_codes.TryGetValue(c, out var v)) return v;
        throw new ArgumentException($"unknown CAMEO code '{code}'", nameof(code));
    }
}
