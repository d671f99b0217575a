using System.Globalization;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>Number, multiplier and vague-amount words from data/lexicons/numbers.tsv.</summary>
public sealed class NumberWords
{
    private readonly Dictionary<string, (double Value, NumberWordKind Kind)> _words;

    public NumberWords(Dictionary<string, (double, NumberWordKind)> words) =>
        _words = new(words, StringComparer.OrdinalIgnoreCase);

    public static NumberWords Load(string dataRoot)
    {
        var map = new Dictionary<string, (double, NumberWordKind)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "numbers.tsv")))
        {
            line.Expect(3);
            if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
                throw line.Error($"value must be a positive number, got '{line[1]}'");
            if (!Enum.TryParse<NumberWordKind>(line[2], ignoreCase: true, out var kind))
                throw line.Error($"unknown kind '{line[2]}' (number, weak, multiplier, fraction, vague)");
            if (!map.TryAdd(line[0], (value, kind)))
                throw line.Error($"duplicate number word '{line[0]}'");
        }
        return new NumberWords(map);
    }

    public bool TryGet(string word, out double value, out NumberWordKind kind)
    {
        if (_words.TryGetValue(word, out var entry))
        {
            (value, kind) = entry;
            return true;
        }
        (value, kind) = (0, default);
        return false;
    }

    public bool Is(string word, NumberWordKind kind) => _words.TryGetValue(word, out var e) && e.Kind == kind;
}
