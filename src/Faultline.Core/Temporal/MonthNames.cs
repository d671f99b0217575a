using Faultline.Core.Knowledge;

namespace Faultline.Core.Temporal;

/// <summary>Month words from data/lexicons/months.tsv.</summary>
public sealed class MonthNames
{
    private readonly Dictionary<string, int> _months;

    private MonthNames(Dictionary<string, int> months) => _months = months;

    public static MonthNames Load(string dataRoot)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "months.tsv")))
        {
            line.Expect(2);
            if (!int.TryParse(line[1], out var m) || m is < 1 or > 12)
                throw line.Error($"month number must be 1-12, got '{line[1]}'");
            if (!map.TryAdd(line[0], m))
                throw line.Error($"duplicate month word '{line[0]}'");
        }
        return new MonthNames(map);
    }

    public int? Month(string word) => _months.TryGetValue(word.TrimEnd('.'), out var m) ? m : null;

    /// <summary>An alternation of every month word, longest first, for use in regular expressions.</summary>
    public string Pattern => string.Join("|", _months.Keys.OrderByDescending(k => k.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}
