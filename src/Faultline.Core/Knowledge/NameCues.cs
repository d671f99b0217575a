namespace Faultline.Core.Knowledge;

/// <summary>
/// Words that help find the names of people the knowledge base lacks (data/kb/name-cues.tsv): titles to drop,
/// words written just before or after a name, words that open an apposition, words that are never names,
/// words that mark organisations, and common given names (data/kb/given-names.txt).
/// </summary>
public sealed class NameCues
{
    public static readonly string[] Kinds = ["title", "before", "after", "apposition", "not-name", "org-word", "group-word", "locative", "not-place", "office", "sponsorship", "family-name-first"];

    private readonly Dictionary<string, HashSet<string>> _byKind;
    private readonly HashSet<string> _given;

    private NameCues(Dictionary<string, HashSet<string>> byKind, HashSet<string> given)
    {
        _byKind = byKind;
        _given = given;
        var titles = byKind["title"].ToList();
        titles.Sort((a, b) => b.Length.CompareTo(a.Length));
        Titles = titles;
        TitleWords = [.. Titles.Select(t => t.Split(' '))];
        foreach (var words in TitleWords)
        {
            if (!_titlesByFirstWord.TryGetValue(words[0], out var list)) _titlesByFirstWord[words[0]] = list = [];
            list.Add(words);
        }
    }

    public static NameCues Load(string root)
    {
        var byKind = Kinds.ToDictionary(k => k, k => new HashSet<string>(StringComparer.Ordinal));
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "name-cues.tsv")))
        {
            var (word, kind) = (line.Expect(2)[0], line[1]);
            if (!byKind.TryGetValue(kind, out var set)) throw line.Error($"unknown cue kind '{kind}'");
            if (!set.Add(word)) throw line.Error($"cue '{word}' is listed twice as {kind}");
        }
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(root, "kb", "given-names.txt")))
            if (!given.Add(line[0])) throw line.Error($"given name '{line[0]}' is listed twice");
        return new NameCues(byKind, given);
    }

    /// <summary>Titles, longest first, so "Lt Gen" is dropped before "Gen".</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary><see cref="Titles"/> split into words, in the same order.</summary>
    public IReadOnlyList<string[]> TitleWords { get; }

    private readonly Dictionary<string, List<string[]>> _titlesByFirstWord = new(StringComparer.Ordinal);

    /// <summary>The titles (split into words, longest first) that begin with <paramref name="word"/>.</summary>
    public IReadOnlyList<string[]> TitlesStartingWith(string word) =>
        _titlesByFirstWord.TryGetValue(word, out var list) ? list : [];

    /// <summary>A given name of data/kb/given-names.txt: a run that starts with one is a person's name.</summary>
    public bool IsGivenName(string word) => _given.Contains(word);

    public bool IsTitle(string words) => _byKind["title"].Contains(words);
    public bool IsBefore(string words) => _byKind["before"].Contains(words);
    public bool IsAfter(string word) => _byKind["after"].Contains(word);
    public bool IsApposition(string word) => _byKind["apposition"].Contains(word);
    public bool IsNotName(string word) => _byKind["not-name"].Contains(word);
    public bool IsOrgWord(string word) => _byKind["org-word"].Contains(word);
    public bool IsGroupWord(string word) => _byKind["group-word"].Contains(word);
    public bool IsLocative(string word) => _byKind["locative"].Contains(word);
    public bool IsNotPlace(string word) => _byKind["not-place"].Contains(word);
    public bool IsOffice(string word) => _byKind["office"].Contains(word);
    public bool IsSponsorship(string word) => _byKind["sponsorship"].Contains(word);

    /// <summary>A state (code) whose people are written family name first, so that the first word names them alone.</summary>
    public bool IsFamilyNameFirst(string state) => _byKind["family-name-first"].Contains(state);
}
