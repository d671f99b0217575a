namespace Faultline.Core.Knowledge;

/// <summary>
/// Periods in which a group governs a state (data/kb/governments.tsv), so that a state's government, forces
/// and officials resolve to the group too: AFG + TAL from 15 August 2021.
/// </summary>
public sealed class Governments
{
    private sealed record Rule(string Country, string Group, DateRange Period);

    private readonly List<Rule> _rules;

    private Governments(List<Rule> rules) => _rules = rules;

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
        return new Governments(rules);
    }

    /// <summary>The group governing <paramref name="country"/> at an ISO date prefix (its first day), or null, also when undated.</summary>
    public string? GroupAt(string country, string? isoDate) =>
        Temporal.PartialDate.TryParseIso(isoDate) is { } d ? GroupOf(country, new DateOnly(d.Year, d.Month ?? 1, d.Day ?? 1)) : null;

    /// <summary>The group governing <paramref name="country"/> on <paramref name="date"/> (the present when no date), else null.</summary>
    public string? GroupOf(string country, DateOnly? date) =>
        _rules.FirstOrDefault(r => r.Country == country && (date is { } d ? r.Period.Contains(d) : r.Period.Until is null))?.Group;
}
