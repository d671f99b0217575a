using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>Phrases that credit a figure to a source, from data/lexicons/attribution.tsv.</summary>
public sealed class AttributionCues
{
    public AttributionCues(PhraseTable<CueKind> phrases) => Phrases = phrases;

    public PhraseTable<CueKind> Phrases { get; }

    public static AttributionCues Load(string dataRoot)
    {
        var table = new PhraseTable<CueKind>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "attribution.tsv")))
        {
            line.Expect(2);
            if (!Enum.TryParse<CueKind>(line[0], ignoreCase: true, out var kind))
                throw line.Error($"unknown cue kind '{line[0]}' (before, verb, anaphor)");
            if (!table.Add(line[1], kind))
                throw line.Error($"duplicate attribution cue '{line[1]}'");
        }
        return new AttributionCues(table);
    }
}
