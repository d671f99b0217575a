using Faultline.Core.Documents;

namespace Faultline.Core.Knowledge;

/// <summary>
/// CAMEO role codes (data/kb/role-codes.tsv) and the nouns that name a role (data/kb/role-nouns.tsv:
/// "soldiers" -> MIL; role "-" marks a modifier that may stand between an actor and its role noun).
/// </summary>
public sealed class RoleVocabulary
{
    private readonly HashSet<string> _codes;

    private RoleVocabulary(HashSet<string> codes) => _codes = codes;

    public bool IsCode(string code) => _codes.Contains(code);

    /// <summary>Whether a role is one of those who act for a state: its government, forces, intelligence and police.</summary>
    public static bool IsStateRole(string? role) => role is "GOV" or "MIL" or "SPY" or "COP";

    public static RoleVocabulary Load(string root, NameRegistry names)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "role-codes.tsv")))
            if (!codes.Add(line.Expect(1)[0])) throw line.Error($"role code '{line[0]}' is listed twice");
        var vocabulary = new RoleVocabulary(codes);
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "role-nouns.tsv")))
        {
            var (noun, role) = (line.Expect(2)[0], line[1]);
            if (role == "-")
            {
                names.Add(noun, new NameTarget(TargetKind.RoleModifier, noun, Where(line)), line, unique: false);
                continue;
            }
            vocabulary.Require(role, line);
            names.Add(noun, new NameTarget(TargetKind.RoleNoun, noun, Where(line)) { Role = role }, line, unique: false);
        }
        return vocabulary;
    }

    /// <summary>Throws, naming file and line, unless <paramref name="role"/> is a role code.</summary>
    public void Require(string role, DataLine line)
    {
        if (!_codes.Contains(role)) throw line.Error($"unknown role code '{role}'");
    }

    internal static string Where(DataLine line) => $"{Path.GetFileName(line.File)}:{line.Number}";

    internal static ActorRef Actor(string? country, string? group, string? role, string name) =>
        new(country, group, role, name);
}
