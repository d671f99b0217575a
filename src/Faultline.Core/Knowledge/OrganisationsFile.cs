namespace Faultline.Core.Knowledge;

/// <summary>Loads data/kb/organisations.tsv: code, name, kind, country, role, aliases.</summary>
public static class OrganisationsFile
{
    public static Dictionary<string, OrganisationEntry> Load(
        string root, NameRegistry names, IReadOnlyDictionary<string, StateEntry> states, RoleVocabulary roles)
    {
        var orgs = new Dictionary<string, OrganisationEntry>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "organisations.tsv")))
        {
            line.Expect(3);
            var (code, name, kind) = (line[0], line[1], line[2]);
            if (code.Length == 0 || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
                throw line.Error($"organisation code '{code}' is not upper-case letters and digits");
            if (orgs.ContainsKey(code)) throw line.Error($"organisation '{code}' is listed twice");
            if (!OrganisationEntry.Kinds.Contains(kind))
                throw line.Error($"unknown organisation kind '{kind}' (expected {string.Join(", ", OrganisationEntry.Kinds)})");
            string? country = line[3].Length > 0 ? line[3] : null;
            string? role = line[4].Length > 0 ? line[4] : null;
            if (country is not null && !states.ContainsKey(country)) throw line.Error($"unknown country '{country}'");
            if (role is not null) roles.Require(role, line);
            if (kind is "agency" or "media" && (country is null || role is null))
                throw line.Error($"an {kind} needs a country and a role");
            var aliases = new[] { name }.Concat(StatesFile.List(line[5])).Distinct().ToList();
            var org = new OrganisationEntry(code, name, kind, country, role) { Names = aliases };
            orgs[code] = org;
            var target = new NameTarget(TargetKind.Organisation, code, RoleVocabulary.Where(line)) { Actor = org.Actor, OrgKind = kind };
            foreach (var alias in aliases)
                names.Add(alias, target, line);
        }
        return orgs;
    }
}
