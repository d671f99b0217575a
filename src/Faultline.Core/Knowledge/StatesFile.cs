namespace Faultline.Core.Knowledge;

/// <summary>Loads data/kb/states.tsv: code, iso2, name, aliases, demonyms.</summary>
public static class StatesFile
{
    public static Dictionary<string, StateEntry> Load(string root, NameRegistry names)
    {
        var states = new Dictionary<string, StateEntry>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "states.tsv")))
        {
            line.Expect(3);
            var code = line[0];
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)) throw line.Error($"'{code}' is not an ISO alpha-3 code");
            if (states.ContainsKey(code)) throw line.Error($"state '{code}' is listed twice");
            var state = new StateEntry(code, line[1].Length > 0 ? line[1] : null, line[2]);
            states[code] = state;
            var where = RoleVocabulary.Where(line);
            var actor = RoleVocabulary.Actor(code, null, null, state.Name);
            foreach (var name in new[] { state.Name }.Concat(List(line[3])))
                names.Add(name, new NameTarget(TargetKind.State, code, where) { Actor = actor }, line);
            foreach (var demonym in List(line[4]))
                names.Add(demonym, new NameTarget(TargetKind.Demonym, code, where) { Actor = actor }, line);
        }
        return states;
    }

    internal static IEnumerable<string> List(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
