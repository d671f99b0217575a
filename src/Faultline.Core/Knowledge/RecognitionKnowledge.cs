namespace Faultline.Core.Knowledge;

/// <summary>
/// The recogniser's knowledge: states, organisations, time-limited metonyms, people, role nouns, name cues and
/// the gazetteer (data/kb/README.md), validated and compiled once into one <see cref="NameTrie"/>.
/// </summary>
public sealed class RecognitionKnowledge
{
    public required IReadOnlyDictionary<string, StateEntry> States { get; init; }
    public required IReadOnlyDictionary<string, OrganisationEntry> Organisations { get; init; }
    public required IReadOnlyDictionary<string, PersonEntry> People { get; init; }
    public required IReadOnlyDictionary<string, PlaceEntry> Places { get; init; }
    public required RoleVocabulary Roles { get; init; }
    public required NameCues Cues { get; init; }
    public required ShortReferences References { get; init; }
    public required Governments Governments { get; init; }
    public required NameTrie Names { get; init; }
    public required IReadOnlyList<GroupBranch> Branches { get; init; }

    public static RecognitionKnowledge Load(string root)
    {
        var names = new NameRegistry();
        var roles = RoleVocabulary.Load(root, names);
        var cues = NameCues.Load(root);
        var states = StatesFile.Load(root, names);
        var orgs = OrganisationsFile.Load(root, names, states, roles);
        MetonymsFile.Load(root, names, states, orgs, roles);
        ConflictsFile.Load(root, names, states, orgs);
        var governments = Governments.Load(root, states, orgs);
        var branches = BranchesFile.Load(root, orgs, states);
        var people = PeopleFile.Load(root, names, states, orgs, roles);
        var references = ShortReferences.Load(root, roles, names);
        // Places load last: the registry adds none under a name an actor or person already has.
        var places = GazetteerFile.Load(root, names, states, cues);
        return new RecognitionKnowledge
        {
            States = states, Organisations = orgs, People = people, Places = places,
            Roles = roles, Cues = cues, References = references, Governments = governments, Names = names.Trie, Branches = branches,
        };
    }
}
