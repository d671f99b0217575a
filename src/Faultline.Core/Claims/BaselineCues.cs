using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>Phrases that make the date after them a baseline, from data/lexicons/baseline-cues.txt.</summary>
public sealed class BaselineCues
{
    public BaselineCues(PhraseTable<bool> phrases) => Phrases = phrases;

    public PhraseTable<bool> Phrases { get; }

    public static BaselineCues Load(string dataRoot)
    {
        var table = new PhraseTable<bool>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "baseline-cues.txt")))
            if (!table.Add(line[0], true))
                throw line.Error($"duplicate baseline cue '{line[0]}'");
        return new BaselineCues(table);
    }
}
