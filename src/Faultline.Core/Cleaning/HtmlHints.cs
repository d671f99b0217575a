using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Cleaning;

/// <summary>
/// What class, id and role names say about a block of an HTML page (data/lexicons/html-hints.tsv):
/// article containers score up, furniture scores down or is dropped before scoring.
/// </summary>
public sealed class HtmlHints
{
    public static readonly string[] Kinds = ["positive", "negative", "unlikely", "maybe", "byline", "dateline", "role", "share", "placeholder", "tag"];

    private readonly Dictionary<string, Regex> _byKind;

    private HtmlHints(Dictionary<string, Regex> byKind) => _byKind = byKind;

    public static HtmlHints Load(string dataRoot)
    {
        var patterns = Kinds.ToDictionary(k => k, _ => new List<string>());
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "html-hints.tsv")))
        {
            line.Expect(2);
            if (!patterns.TryGetValue(line[0], out var list))
                throw line.Error($"unknown hint kind '{line[0]}' ({string.Join(", ", Kinds)})");
            try
            {
                _ = new Regex(line[1]);
            }
            catch (ArgumentException e)
            {
                throw line.Error($"bad pattern: {e.Message}");
            }
            if (list.Contains(line[1])) throw line.Error($"duplicate {line[0]} pattern '{line[1]}'");
            list.Add(line[1]);
        }
        return new HtmlHints(patterns.ToDictionary(p => p.Key, p => Compile(p.Key, p.Value)));
    }

    private static Regex Compile(string kind, List<string> patterns)
    {
        // An empty kind must match nothing; whole-value kinds are anchored.
        var body = patterns.Count == 0 ? "(?!)" : string.Join("|", patterns.Select(p => $"(?:{p})"));
        if (kind is "role" or "placeholder" or "tag") body = $"^(?:{body})$";
        return new Regex(body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The string class and id hints are matched against.</summary>
    public static string HintString(IElement e) => $"{e.ClassName} {e.Id}";

    public bool IsPositive(string name) => _byKind["positive"].IsMatch(name);
    public bool IsNegative(string name) => _byKind["negative"].IsMatch(name);
    public bool IsUnlikely(string hint) => _byKind["unlikely"].IsMatch(hint) && !_byKind["maybe"].IsMatch(hint);
    public bool IsByline(string hint) => _byKind["byline"].IsMatch(hint);
    public bool IsDateline(string hint) => _byKind["dateline"].IsMatch(hint);
    public bool IsUnlikelyRole(string? role) => role is not null && _byKind["role"].IsMatch(role.Trim());
    public bool IsFurnitureTag(string tagName) => _byKind["tag"].IsMatch(tagName);
    public bool IsShare(string hint) => _byKind["share"].IsMatch(hint);
    public bool IsPlaceholder(string text) => _byKind["placeholder"].IsMatch(text.Trim());

    /// <summary>+25 or -25 for each of class and id whose name says article or furniture.</summary>
    public int Weight(IElement e)
    {
        int weight = 0;
        foreach (var name in new[] { e.ClassName, e.Id })
        {
            if (string.IsNullOrEmpty(name)) continue;
            if (IsNegative(name)) weight -= 25;
            if (IsPositive(name)) weight += 25;
        }
        return weight;
    }
}
