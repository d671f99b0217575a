namespace Faultline.Core.Knowledge;

/// <summary>Loads data/kb/metonyms.tsv: name, country, group, role, from, until.</summary>
public static class MetonymsFile
{
    public static void Load(string root, NameRegistry names, IReadOnlyDictionary<string, StateEntry> states,
        IReadOnlyDictionary<string, OrganisationEntry> orgs, RoleVocabulary roles)
    {
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "metonyms.tsv")))
        {
            line.Expect(2);
            var (name, country, group, role) = (line[0], line[1], line[2], line[3]);
            if (!states.ContainsKey(country)) throw line.Error($"unknown country '{country}'");
            if (group.Length > 0 && !orgs.ContainsKey(group)) throw line.Error($"unknown group '{group}'");
            if (role.Length > 0) roles.Require(role, line);
            var period = DateRange.Parse(line[4], line[5]) ?? throw line.Error("from and until must be YYYY[-MM[-DD]]");
            var actor = new Documents.ActorRef(country, group.Length > 0 ? group : null, role.Length > 0 ? role : null, name);
            var where = RoleVocabulary.Where(line);
            names.Add(name, new NameTarget(TargetKind.Metonym, $"metonym:{where}", where) { Actor = actor, Period = period }, line);
        }
    }
}
