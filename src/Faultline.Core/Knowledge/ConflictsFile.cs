namespace Faultline.Core.Knowledge;

/// <summary>Loads data/kb/conflicts.tsv: named wars ("Soviet-Afghan War") and the actors on each side.</summary>
public static class ConflictsFile
{
    public static void Load(string root, NameRegistry names, IReadOnlyDictionary<string, StateEntry> states,
        IReadOnlyDictionary<string, OrganisationEntry> orgs)
    {
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "conflicts.tsv")))
        {
            var name = line.Expect(2)[0];
            var sides = line[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(side =>
            {
                var parts = side.Split('+');
                string? country = parts[0].Length > 0 ? parts[0] : null, group = parts.Length > 1 ? parts[1] : null;
                if (country is not null && !states.ContainsKey(country)) throw line.Error($"unknown country '{country}'");
                if (group is not null && !orgs.ContainsKey(group)) throw line.Error($"unknown group '{group}'");
                var display = group is not null ? orgs[group].Name : states[country!].Name;
                return new Documents.ActorRef(country, group, group is not null ? orgs[group].Role : null, display);
            }).ToList();
            if (sides.Count < 2) throw line.Error("a conflict needs at least two sides");
            var target = new NameTarget(TargetKind.Conflict, $"conflict:{name}", RoleVocabulary.Where(line)) { Sides = sides };
            foreach (var alias in new[] { name }.Concat(StatesFile.List(line[2])).Distinct())
                names.Add(alias, target, line);
        }
    }
}
