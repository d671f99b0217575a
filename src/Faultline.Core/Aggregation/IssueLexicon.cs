using System.Text.RegularExpressions;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Aggregation;

/// <summary>The issues a story concerns (border and fence, militancy, refugees...), from cue words in data/lexicons/issues.tsv.</summary>
public sealed class IssueLexicon
{
    private readonly List<(string Issue, Regex Cues)> _issues;

    private IssueLexicon(List<(string, Regex)> issues) => _issues = issues;

    public IReadOnlyList<string> Names => _issues.Select(i => i.Issue).ToList();

    public static IssueLexicon Load(string dataRoot)
    {
        var issues = new List<(string, Regex)>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "issues.tsv")))
        {
            line.Expect(2);
            if (issues.Any(i => i.Item1 == line[0])) throw line.Error($"issue '{line[0]}' given twice");
            var cues = line[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Regex.Escape);
            issues.Add((line[0], new Regex($@"\b(?:{string.Join("|", cues)})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)));
        }
        return new IssueLexicon(issues);
    }

    public IReadOnlyList<string> Tag(IEnumerable<string> sentences)
    {
        var text = string.Join(" ", sentences);
        return _issues.Where(i => i.Cues.IsMatch(text)).Select(i => i.Issue).ToList();
    }
}
