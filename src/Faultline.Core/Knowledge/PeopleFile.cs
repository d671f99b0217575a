namespace Faultline.Core.Knowledge;

/// <summary>Loads data/kb/people.tsv: name, aliases, affiliations.</summary>
public static class PeopleFile
{
    public static Dictionary<string, PersonEntry> Load(string root, NameRegistry names, IReadOnlyDictionary<string, StateEntry> states,
        IReadOnlyDictionary<string, OrganisationEntry> orgs, RoleVocabulary roles)
    {
        var people = new Dictionary<string, PersonEntry>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "people.tsv")))
        {
            var name = line.Expect(1)[0];
            if (people.ContainsKey(name)) throw line.Error($"person '{name}' is listed twice");
            var affiliations = line[2].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(a => Affiliation.Parse(a, line)).ToList();
            foreach (var a in affiliations)
            {
                if (a.Country is { } c && !states.ContainsKey(c)) throw line.Error($"unknown country '{c}'");
                if (a.Group is { } g && !orgs.ContainsKey(g)) throw line.Error($"unknown group '{g}'");
                roles.Require(a.Role, line);
            }
            people[name] = new PersonEntry(name, affiliations);
            var target = new NameTarget(TargetKind.Person, name, RoleVocabulary.Where(line));
            foreach (var alias in new[] { name }.Concat(StatesFile.List(line[1])).Distinct())
                names.Add(alias, target, line);
        }
        return people;
    }
}
