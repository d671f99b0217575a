using Faultline.Core.Knowledge;

namespace Faultline.Core.Claims;

/// <summary>Words that make a figure a change (rise or fall), with their form, from data/lexicons/change-words.tsv.</summary>
public sealed class ChangeWords
{
    private readonly Dictionary<string, (string Direction, ChangeForm Form)> _words;

    public ChangeWords(Dictionary<string, (string, ChangeForm)> words) => _words = new(words, StringComparer.OrdinalIgnoreCase);

    public static ChangeWords Load(string dataRoot)
    {
        var map = new Dictionary<string, (string, ChangeForm)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "change-words.tsv")))
        {
            line.Expect(3);
            if (line[1] is not ("rise" or "fall"))
                throw line.Error($"direction must be rise or fall, got '{line[1]}'");
            if (!Enum.TryParse<ChangeForm>(line[2], ignoreCase: true, out var form))
                throw line.Error($"unknown form '{line[2]}' (noun, verb, adverb, comparative)");
            if (!map.TryAdd(line[0], (line[1], form)))
                throw line.Error($"duplicate change word '{line[0]}'");
        }
        return new ChangeWords(map);
    }

    /// <summary>The direction (rise or fall) that <paramref name="word"/> signals, or null.</summary>
    public string? Direction(string word) => _words.TryGetValue(word, out var d) ? d.Direction : null;

    public ChangeForm? Form(string word) => _words.TryGetValue(word, out var d) ? d.Form : null;
}
