using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>The event patterns, loaded and checked once, indexed by the lemma of their first (verb) or last (noun) word.</summary>
public sealed class EventPatterns
{
    private readonly Dictionary<string, List<EventPattern>> _byVerb = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EventPattern>> _byNoun = new(StringComparer.Ordinal);

    public IReadOnlyList<EventPattern> All { get; }

    private EventPatterns(List<EventPattern> all)
    {
        All = all;
        foreach (var p in all)
            foreach (var phrase in p.Phrases)
            {
                var (index, key) = p.Kind == PatternKind.Verb ? (_byVerb, phrase[0]) : (_byNoun, phrase[^1]);
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(p);
            }
        // Patterns that name their objects are more specific: try them first.
        foreach (var list in _byVerb.Values.Concat(_byNoun.Values))
            list.Sort((a, b) => a.AnyObject.CompareTo(b.AnyObject));
    }

    public IReadOnlyList<EventPattern> ForVerb(string lemma) => _byVerb.TryGetValue(lemma, out var l) ? l : [];

    public IReadOnlyList<EventPattern> ForNoun(string lemma) => _byNoun.TryGetValue(lemma, out var l) ? l : [];

    public static EventPatterns Load(string dataRoot, CameoCodes codes)
    {
        var all = new List<EventPattern>();
        var ids = new HashSet<string>();
        foreach (var (file, kind) in new[] { ("verbs.tsv", PatternKind.Verb), ("nouns.tsv", PatternKind.Noun) })
            foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "patterns", file)))
            {
                line.Expect(3);
                var id = $"{(kind == PatternKind.Verb ? "v" : "n")}:{line[0]}";
                if (line[kind == PatternKind.Verb ? 4 : 3].Contains("conditional") && all.Any(p => p.Conditional))
                    throw line.Error("only one pattern may be 'conditional' (the code of conditional threats)");
                if (line[kind == PatternKind.Verb ? 4 : 3].Contains("attribution") && all.Any(p => p.Attribution))
                    throw line.Error("only one pattern may be 'attribution' (the code of statements that attribute an act)");
                if (line[kind == PatternKind.Verb ? 4 : 3].Contains("announced-expulsion") && all.Any(p => p.AnnouncedExpulsion))
                    throw line.Error("only one pattern may be 'announced-expulsion' (the code of statements that people must leave)");
                if (line[kind == PatternKind.Verb ? 4 : 3].Contains("obligation") && all.Any(p => p.Obligation))
                    throw line.Error("only one pattern may be 'obligation' (the code of statements that another side must act)");
                if (!ids.Add(id)) throw line.Error($"duplicate pattern id '{line[0]}'");
                CheckCode(line, codes, line[1]);
                var options = (kind == PatternKind.Verb ? line[4] : line[3]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                string? nonState = null, people = null, official = null;
                int? window = null;
                foreach (var o in options)
                {
                    if (o.StartsWith("nonstate=")) CheckCode(line, codes, nonState = o["nonstate=".Length..]);
                    else if (o.StartsWith("people=")) CheckCode(line, codes, people = o["people=".Length..]);
                    else if (o.StartsWith("official=")) CheckCode(line, codes, official = o["official=".Length..]);
                    else if (o.StartsWith("window="))
                        window = int.TryParse(o["window=".Length..], out var w) && w is > 0 and <= 20 ? w : throw line.Error($"window must be a number of words from 1 to 20, got '{o}'");
                    else if (o is not ("noobject" or "target" or "third-party" or "retaliation" or "local" or "reporting" or "direct" or "addressee" or "holders" or "about" or "mutual" or "conditional" or "authority" or "attribution" or "announced-expulsion" or "obligation" or "inflected" or "series" or "ergative")) throw line.Error($"unknown option '{o}'");
                }
                all.Add(new EventPattern(id, kind, line[1], Words(line[2]), kind == PatternKind.Verb && line[3] != "*" ? Words(line[3]) : [])
                {
                    NonStateCode = nonState,
                    PeopleCode = people,
                    OfficialCode = official,
                    NoObject = options.Contains("noobject"),
                    Inflected = options.Contains("inflected"),
                    NeedsTarget = options.Contains("target"),
                    ThirdParty = options.Contains("third-party"),
                    Retaliation = options.Contains("retaliation"),
                    Local = options.Contains("local"),
                    Reporting = options.Contains("reporting"),
                    Direct = options.Contains("direct"),
                    Addressee = options.Contains("addressee"),
                    Holders = options.Contains("holders"),
                    About = options.Contains("about"),
                    Mutual = options.Contains("mutual"),
                    Conditional = options.Contains("conditional"),
                    Authority = options.Contains("authority"),
                    Ergative = options.Contains("ergative"),
                    Attribution = options.Contains("attribution"),
                    AnnouncedExpulsion = options.Contains("announced-expulsion"),
                    Obligation = options.Contains("obligation"),
                    Series = options.Contains("series"),
                    ObjectWindow = window,
                });
            }
        return new EventPatterns(all);
    }

    private static void CheckCode(DataLine line, CameoCodes codes, string code)
    {
        if (!codes.IsKnown(code) && !codes.IsKnown(code[..Math.Min(3, code.Length)]))
            throw line.Error($"unknown CAMEO code '{code}' (see data/cameo/codes.tsv)");
    }

    private static List<string[]> Words(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
}
