namespace Faultline.Core.Knowledge;

/// <summary>
/// Phrases that refer back to an actor in focus ("the group", "the regime"), from data/kb/references.tsv:
/// which kind of actor each wants and the role it gives.
/// </summary>
public sealed class ShortReferences
{
    private readonly Dictionary<string, ShortReference> _phrases;

    private ShortReferences(Dictionary<string, ShortReference> phrases) => _phrases = phrases;

    public IEnumerable<ShortReference> All => _phrases.Values;

    public static ShortReferences Load(string root, RoleVocabulary roles, NameRegistry names)
    {
        var phrases = new Dictionary<string, ShortReference>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "references.tsv")))
        {
            var (phrase, wants, role, only) = (line.Expect(2)[0], line[1], line[2], line[3]);
            if (wants is not ("group" or "armed" or "government" or "state" or "any")) throw line.Error($"unknown reference kind '{wants}'");
            if (role.Length > 0) roles.Require(role, line);
            var states = only.Length > 0 ? only.Split('|').ToHashSet(StringComparer.Ordinal) : null;
            if (states?.FirstOrDefault(c => c.Length != 3 || !c.All(char.IsAsciiLetterUpper)) is { } bad) throw line.Error($"state codes are ISO alpha-3 codes, got '{bad}'");
            if (!phrases.TryAdd(phrase, new ShortReference(phrase, wants, role.Length > 0 ? role : null, states)))
                throw line.Error($"reference '{phrase}' is listed twice");
            names.Add(phrase, new NameTarget(TargetKind.Reference, phrase, RoleVocabulary.Where(line)), line, unique: false);
        }
        return new ShortReferences(phrases);
    }

    public ShortReference? Find(string phrase) => _phrases.GetValueOrDefault(phrase);
}
