using System.Text;

namespace Faultline.Storage;

/// <summary>
/// Turns what a person types into an FTS5 query that cannot be a syntax error: every word becomes a quoted term
/// (all must match), and a trailing * keeps its prefix meaning. FTS5 operators typed by the user are taken as words.
/// </summary>
public static class SearchQuery
{
    public static string? ToFts(string input)
    {
        var terms = new List<string>();
        foreach (var word in input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = word.EndsWith('*');
            var core = new string(word.TrimEnd('*').Where(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’').ToArray()).Trim('-', '\'', '’');
            if (core.Length == 0) continue;
            var term = new StringBuilder("\"").Append(core.Replace("\"", "\"\"")).Append('"');
            if (prefix) term.Append('*');
            terms.Add(term.ToString());
        }
        return terms.Count == 0 ? null : string.Join(" ", terms);
    }
}
