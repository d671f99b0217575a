using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>What a figure measures, from the first measure word of its subject (data/lexicons/measures.tsv).</summary>
public sealed class MeasureWords
{
    private readonly Dictionary<string, string> _measures;

    public MeasureWords(Dictionary<string, string> measures) => _measures = measures;

    public static MeasureWords None { get; } = new([]);

    public static MeasureWords Load(string dataRoot)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "measures.tsv")))
        {
            line.Expect(2);
            if (!map.TryAdd(line[0].ToLowerInvariant(), line[1])) throw line.Error($"duplicate word '{line[0]}'");
        }
        return new MeasureWords(map);
    }

    /// <summary>The measure of the first word of the subject that names one, in the subject's order, or null.</summary>
    public string? Of(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject)) return null;
        foreach (var token in WordTokenizer.Tokenize(subject))
            if (token.IsWord && SubjectWords.Of(token.Lower).FirstOrDefault() is { } w && _measures.TryGetValue(w, out var m)) return m;
        return null;
    }
}
