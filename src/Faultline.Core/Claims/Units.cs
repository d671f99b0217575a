using System.Globalization;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>Unit words from data/lexicons/units.tsv, split by position: affixes of the figure and counted nouns.</summary>
public sealed class Units
{
    public static readonly IReadOnlySet<string> Known =
        new HashSet<string> { "percent", "people", "attacks", "km", "usd", "count", UnitEntry.None };

    public Units(PhraseTable<UnitEntry> prefixes, PhraseTable<UnitEntry> suffixes, PhraseTable<UnitEntry> nouns)
    {
        Prefixes = prefixes;
        Suffixes = suffixes;
        Nouns = nouns;
    }

    public PhraseTable<UnitEntry> Prefixes { get; }
    public PhraseTable<UnitEntry> Suffixes { get; }

    /// <summary>Counted nouns and casualty participles.</summary>
    public PhraseTable<UnitEntry> Nouns { get; }

    public static Units Load(string dataRoot)
    {
        var prefixes = new PhraseTable<UnitEntry>();
        var suffixes = new PhraseTable<UnitEntry>();
        var nouns = new PhraseTable<UnitEntry>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "units.tsv")))
        {
            line.Expect(4);
            if (!Known.Contains(line[1]))
                throw line.Error($"unknown unit '{line[1]}' ({string.Join(", ", Known)})");
            if (!double.TryParse(line[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || factor <= 0)
                throw line.Error($"factor must be a positive number, got '{line[2]}'");
            if (!Enum.TryParse<UnitPosition>(line[3], ignoreCase: true, out var position))
                throw line.Error($"unknown position '{line[3]}' (prefix, suffix, noun, casualty)");
            var entry = new UnitEntry(line[0], line[1], factor, position);
            var table = position switch { UnitPosition.Prefix => prefixes, UnitPosition.Suffix => suffixes, _ => nouns };
            if (!table.Add(line[0], entry))
                throw line.Error($"duplicate unit word '{line[0]}' for position {position}");
        }
        return new Units(prefixes, suffixes, nouns);
    }
}
