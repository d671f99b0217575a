using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>Phrases before a figure that say how exact it is, from data/lexicons/qualifiers.tsv.</summary>
public sealed class Qualifiers
{
    public static readonly IReadOnlySet<string> Known =
        new HashSet<string> { "exact", "at_least", "more_than", "at_most", "less_than", "about" };

    public Qualifiers(PhraseTable<string> phrases) => Phrases = phrases;

    public PhraseTable<string> Phrases { get; }

    public static Qualifiers Load(string dataRoot)
    {
        var table = new PhraseTable<string>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "qualifiers.tsv")))
        {
            line.Expect(2);
            if (!Known.Contains(line[1]))
                throw line.Error($"unknown qualifier '{line[1]}' ({string.Join(", ", Known)})");
            if (!table.Add(line[0], line[1]))
                throw line.Error($"duplicate qualifier phrase '{line[0]}'");
        }
        return new Qualifiers(table);
    }
}
