using System.Text.RegularExpressions;
using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>Finds events named in a sentence ("the fall of Kabul", "9/11 attacks"), loaded from data/kb/named-events.tsv.</summary>
public sealed class NamedEvents
{
    private readonly List<(NamedEvent Event, Regex Pattern)> _events;

    private NamedEvents(List<(NamedEvent, Regex)> events) => _events = events;

    public IReadOnlyList<NamedEvent> All => _events.Select(e => e.Event).ToList();

    public static NamedEvents Load(string dataRoot, CameoCodes codes)
    {
        var events = new List<(NamedEvent, Regex)>();
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "kb", "named-events.tsv")))
        {
            line.Expect(6);
            if (!codes.IsKnown(line[1])) throw line.Error($"unknown CAMEO code '{line[1]}'");
            if (Temporal.PartialDate.TryParseIso(line[4]) is null) throw line.Error($"date must be an ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD), got '{line[4]}'");
            var names = line[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var e = new NamedEvent($"named:{line.Number}", names, line[1], Actor(line, line[2]) ?? throw line.Error("actor1 is required"),
                Actor(line, line[3]), line[4], line[5] == "-" ? null : line[5]) { Unique = line[6] == "unique" };
            if (line[6] is not ("" or "unique")) throw line.Error($"the last field may only be 'unique', got '{line[6]}'");
            var alternatives = names.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace("'", "['’]").Replace("\\ ", "\\s+"));
            events.Add((e, new Regex($@"(?<!\w)(?:{string.Join("|", alternatives)})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)));
        }
        return new NamedEvents(events);
    }

    public IEnumerable<NamedEvent> Find(string sentence) => FindWithEnds(sentence).Select(x => x.Event);

    /// <summary>The events a sentence names, each with where its first naming ends.</summary>
    public IEnumerable<(NamedEvent Event, int End)> FindWithEnds(string sentence)
    {
        foreach (var (e, pattern) in _events)
            if (pattern.Match(sentence) is { Success: true } m) yield return (e, m.Index + m.Length);
    }

    private static ActorRef? Actor(DataLine line, string field)
    {
        if (field == "-") return null;
        var parts = field.Split('/');
        if (parts.Length > 2 || (parts[0].Length != 0 && parts[0].Length != 3)) throw line.Error($"actor must be COUNTRY, COUNTRY/GROUP or /GROUP, got '{field}'");
        var country = parts[0].Length == 0 ? null : parts[0];
        var group = parts.Length == 2 ? parts[1] : null;
        return new ActorRef(country, group, null, group ?? country!);
    }
}
