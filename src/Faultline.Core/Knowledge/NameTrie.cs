using System.Runtime.CompilerServices;
using Faultline.Core.Recognition;

namespace Faultline.Core.Knowledge;

/// <summary>
/// Every name of the knowledge base and gazetteer compiled once into a trie over normalised tokens. One pass
/// over a document's tokens finds every name starting at every token; a second token of a multi-word name,
/// and a regional place name on its own, may carry one typo.
/// </summary>
public sealed class NameTrie
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<NameTarget>? Targets;
    }

    private readonly Node _root = new();
    private readonly Dictionary<string, List<string>> _typoKeys = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> tokens, NameTarget target) => AddUnless(tokens, target, _ => false);

    /// <summary>Adds <paramref name="target"/> unless the entry already holds a meaning <paramref name="shadowed"/> accepts.</summary>
    public void AddUnless(IReadOnlyList<string> tokens, NameTarget target, Func<NameTarget, bool> shadowed)
    {
        var node = _root;
        foreach (var t in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t, out var next)) node.Children[t] = next = new Node();
            node = next;
        }
        node.Targets ??= [];
        foreach (var t in node.Targets)
            if (shadowed(t)) return;
        node.Targets.Add(target);
        Count++;
    }

    /// <summary>The meanings stored under exactly these tokens.</summary>
    public IReadOnlyList<NameTarget> Lookup(IReadOnlyList<string> tokens)
    {
        var node = _root;
        foreach (var t in tokens)
            if (node.Children is null || !node.Children.TryGetValue(t, out node)) return [];
        return node.Targets ?? (IReadOnlyList<NameTarget>)[];
    }

    /// <summary>Lets single-word entries with these keys be found with one typo (built once, at load).</summary>
    public void AllowTypos(IEnumerable<string> keys)
    {
        foreach (var key in keys.Distinct())
            foreach (var variant in Deletions(key).Append(key))
            {
                if (!_typoKeys.TryGetValue(variant, out var list)) _typoKeys[variant] = list = [];
                list.Add(key);
            }
    }

    /// <summary>Every name that starts at every token, with the targets whose capitalisation the text meets.</summary>
    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<TrieMatch> Find(IReadOnlyList<NormalizedToken> tokens)
    {
        var matches = new List<TrieMatch>();
        for (int start = 0; start < tokens.Count; start++)
        {
            if (!tokens[start].IsWord) continue;
            Walk(tokens, start, start, _root, fuzzy: false, matches);
            // Only a word the trie does not know at all may be a misspelling of one it does.
            if (tokens[start].Capitalised && _typoKeys.Count > 0 && tokens[start].Norm.Length >= 6 && !_root.Children!.ContainsKey(tokens[start].Norm))
                foreach (var key in TypoCandidates(tokens[start].Norm))
                    if (_root.Children!.TryGetValue(key, out var node) && node.Targets is not null)
                        Add(tokens, start, start + 1, node, fuzzy: true, matches);
        }
        return matches;
    }

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Walk(IReadOnlyList<NormalizedToken> tokens, int start, int at, Node node, bool fuzzy, List<TrieMatch> matches)
    {
        while (at < tokens.Count && node.Children is not null)
        {
            var token = tokens[at];
            if (token.Sentence != tokens[start].Sentence) return;
            if (!fuzzy && at > start && token.Capitalised && token.Norm.Length >= 6 && !node.Children.ContainsKey(token.Norm))
                foreach (var (key, child) in node.Children)
                    if (Edits.IsTypoOf(token.Norm, key))
                    {
                        Add(tokens, start, at + 1, child, fuzzy: true, matches);
                        Walk(tokens, start, at + 1, child, fuzzy: true, matches);
                    }
            if (!node.Children.TryGetValue(token.Norm, out var next)) return;
            node = next;
            at++;
            Add(tokens, start, at, node, fuzzy, matches);
        }
    }

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(IReadOnlyList<NormalizedToken> tokens, int start, int end, Node node, bool fuzzy, List<TrieMatch> matches)
    {
        if (node.Targets is null) return;
        List<NameTarget>? fit = null;
        foreach (var t in node.Targets)
            if (CaseFits(tokens, start, t)) (fit ??= []).Add(t);
        if (fit is not null) matches.Add(new TrieMatch(start, end, fit, fuzzy));
    }

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool CaseFits(IReadOnlyList<NormalizedToken> tokens, int start, NameTarget target)
    {
        for (int k = 0; k < target.Case.Length && start + k < tokens.Count; k++)
        {
            var t = tokens[start + k];
            // A hyphen the data does not write joins two names, not one: "Pakistan-Taliban" is not "Pakistan Taliban".
            if (k > 0 && t.Joined && !target.Joined[k]) return false;
            // A possessive inside a name must be the data's ("Pakistan's army" is not "Pakistan Army"); at the end it may be the text's.
            if (t.Possessive != target.Possessive[k] && (k < target.Case.Length - 1 || target.Possessive[k])) return false;
            if (target.Case[k] == 2 && !t.AllCaps) return false;
            if (target.Case[k] == 1 && !t.Capitalised) return false;
            // A short capitalised name in capitals is an acronym ("DIR" is not Dir); a word of a longer name in capitals
            // is a line set in capitals ("DERA ISMAIL KHAN:").
            if (target.Case[k] == 1 && t.AllCaps && t.Norm.Length <= 4 && target.Case.Length == 1) return false;
        }
        if (target.CommonWord && (tokens[start].SentenceStart || tokens[start].AllCaps)) return false;
        return true;
    }

    private IEnumerable<string> TypoCandidates(string word)
    {
        if (word.Length < 6) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in Deletions(word).Append(word))
            if (_typoKeys.TryGetValue(variant, out var keys))
                foreach (var key in keys)
                    if (seen.Add(key) && Edits.IsTypoOf(word, key)) yield return key;
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (int i = 0; i < word.Length; i++) yield return word.Remove(i, 1);
    }
}
