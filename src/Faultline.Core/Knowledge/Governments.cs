namespace Faultline.Core.Knowledge;

/// <summary>
/// Periods in which a group governs a state (data/kb/governments.tsv), so that a state's government, forces
/// and officials resolve to the group too: AFG + TAL from 15 August 2021.
/// </summary>
public sealed class Governments
{
    private sealed record Rule(string Country, string Group, DateRange Period);

    private readonly List<Rule> _rules;
    // Each governing group's names and aliases (data/kb/organisations.tsv), to tell the group named from its state.
    private readonly Dictionary<string, IReadOnlyList<string>> _groupNames;

    private Governments(List<Rule> rules, Dictionary<string, IReadOnlyList<string>> groupNames) => (_rules, _groupNames) = (rules, groupNames);

    public static Governments Load(string root, IReadOnlyDictionary<string, StateEntry> states, IReadOnlyDictionary<string, OrganisationEntry> orgs)
    {
        var rules = new List<Rule>();
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "governments.tsv")))
        {
            var (country, group) = (line.Expect(2)[0], line[1]);
            if (!states.ContainsKey(country)) throw line.Error($"unknown country '{country}'");
            if (!orgs.ContainsKey(group)) throw line.Error($"unknown group '{group}'");
            var period = DateRange.Parse(line[2], line[3]) ?? throw line.Error("from and until must be YYYY[-MM[-DD]]");
            rules.Add(new Rule(country, group, period));
        }
        return new Governments(rules, rules.Select(r => r.Group).Distinct().ToDictionary(g => g, g => orgs[g].Names));
    }

    /// <summary>
    /// Whether <paramref name="group"/> governed <paramref name="country"/> at no time the ISO date prefix covers ("2016-06";
    /// not "2021", in which its rule began), so that the state's government, forces and capital then were not the group's.
    /// </summary>
    public bool NeverDuring(string country, string group, string isoDate) =>
        DateRange.Parse(isoDate, isoDate) is { } span && !_rules.Any(r => r.Country == country && r.Group == group && r.Period.Overlaps(span));

    /// <summary>Whether <paramref name="name"/> names the group itself ("the Taliban's forces", "Islamic Emirate officials"),
    /// not only its state ("Afghan forces", "Kabul").</summary>
    public bool NamesGroup(string group, string name) =>
        _groupNames.TryGetValue(group, out var names) && names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase)
            // ("Islamic Emirate", short for "Islamic Emirate of Afghanistan": a name of two words or more that begins one.)
            || (name.Contains(' ') && n.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The group governing <paramref name="country"/> at an ISO date prefix (its first day), or null, also when undated.</summary>
    public string? GroupAt(string country, string? isoDate) =>
        Temporal.PartialDate.TryParseIso(isoDate) is { } d ? GroupOf(country, new DateOnly(d.Year, d.Month ?? 1, d.Day ?? 1)) : null;

    /// <summary>The group governing <paramref name="country"/> on <paramref name="date"/> (the present when no date), else null.</summary>
    public string? GroupOf(string country, DateOnly? date) =>
        _rules.FirstOrDefault(r => r.Country == country && (date is { } d ? r.Period.Contains(d) : r.Period.Until is null))?.Group;
}
