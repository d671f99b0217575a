using System.Text.RegularExpressions;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Cleaning;

public enum FurnitureKind
{
    /// <summary>The line is furniture.</summary>
    Line,
    /// <summary>The line and everything after it are furniture: the article has ended.</summary>
    Tail,
    /// <summary>A site header showing the day of the visit.</summary>
    HeaderDate,
}

/// <summary>Whole-line patterns of page furniture, from data/lexicons/furniture.tsv.</summary>
public sealed class FurnitureRules
{
    private readonly List<(FurnitureKind Kind, Regex Pattern, string Id)> _rules;

    private FurnitureRules(List<(FurnitureKind, Regex, string)> rules) => _rules = rules;

    public static FurnitureRules Load(string dataRoot)
    {
        var rules = new List<(FurnitureKind, Regex, string)>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "furniture.tsv")))
        {
            line.Expect(2);
            var kind = line[0] switch
            {
                "line" => FurnitureKind.Line,
                "tail" => FurnitureKind.Tail,
                "header-date" => FurnitureKind.HeaderDate,
                _ => throw line.Error($"unknown furniture kind '{line[0]}' (line, tail, header-date)"),
            };
            Regex regex;
            try
            {
                regex = new Regex($"^(?:{line[1]})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
            }
            catch (ArgumentException e)
            {
                throw line.Error($"invalid pattern: {e.Message}");
            }
            rules.Add((kind, regex, $"furniture:{line.Number}"));
        }
        return new FurnitureRules(rules);
    }

    public (FurnitureKind Kind, string Rule)? Match(string trimmedLine)
    {
        foreach (var (kind, pattern, id) in _rules)
            if (pattern.IsMatch(trimmedLine)) return (kind, id);
        return null;
    }
}
