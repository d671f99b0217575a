namespace Faultline.Core.Knowledge;

/// <summary>A transnational group's regional branch (data/kb/branches.tsv): where the parent's name stands for it.</summary>
public sealed record GroupBranch(string Parent, string Branch, IReadOnlySet<string> Region);

/// <summary>Loads data/kb/branches.tsv: parent, branch, region.</summary>
public static class BranchesFile
{
    public static List<GroupBranch> Load(string root, IReadOnlyDictionary<string, OrganisationEntry> orgs, IReadOnlyDictionary<string, StateEntry> states)
    {
        var branches = new List<GroupBranch>();
        var path = DataDirectory.File(root, "kb", "branches.tsv");
        foreach (var line in DataFile.Read(path))
        {
            line.Expect(3);
            var (parent, branch) = (line[0], line[1]);
            foreach (var code in new[] { parent, branch })
                if (!orgs.TryGetValue(code, out var org) || org.Kind != "group") throw line.Error($"'{code}' is no group in organisations.tsv");
            if (parent == branch) throw line.Error($"'{parent}' cannot be its own branch");
            if (branches.Any(b => b.Parent == parent)) throw line.Error($"'{parent}' has a branch already");
            var region = StatesFile.List(line[2]).ToHashSet(StringComparer.Ordinal);
            if (region.Count == 0) throw line.Error("the region names no country");
            foreach (var country in region)
                if (!states.ContainsKey(country)) throw line.Error($"unknown country '{country}'");
            branches.Add(new GroupBranch(parent, branch, region));
        }
        return branches;
    }
}
