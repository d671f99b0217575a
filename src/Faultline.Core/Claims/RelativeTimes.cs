using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>Time phrases resolved against the publication date, from data/lexicons/relative-times.tsv.</summary>
public sealed class RelativeTimes
{
    public RelativeTimes(PhraseTable<RelativeTime> phrases) => Phrases = phrases;

    public PhraseTable<RelativeTime> Phrases { get; }

    public static RelativeTimes Load(string dataRoot)
    {
        var table = new PhraseTable<RelativeTime>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "relative-times.tsv")))
        {
            line.Expect(3);
            if (line[1] is not ("day" or "week" or "month" or "year"))
                throw line.Error($"step must be day, week, month or year, got '{line[1]}'");
            if (!int.TryParse(line[2], out var offset))
                throw line.Error($"offset must be a whole number, got '{line[2]}'");
            if (!table.Add(line[0], new RelativeTime(line[0], line[1], offset)))
                throw line.Error($"duplicate time phrase '{line[0]}'");
        }
        return new RelativeTimes(table);
    }
}
