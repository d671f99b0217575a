using Faultline.Core.Documents;
using Faultline.Core.Knowledge;
using Faultline.Core.Pipeline;

namespace Faultline.Core.Recognition;

/// <summary>
/// Finds the actors, people and places a document names. One pass of the knowledge base's name trie over
/// the normalised tokens (<see cref="NameTrie.Find"/>), the longest match winning (<see cref="OverlapPolicy"/>);
/// then names the knowledge base lacks (<see cref="PersonFinder"/>), acronyms the text defines, and short
/// references. Every actor and person mention gets its sentence and, where it acts for someone, its actor.
/// </summary>
/// <remarks>
/// What later stages can rely on: every mention has <see cref="Mention.Sentence"/>. An actor mention has
/// <see cref="Mention.Actor"/> (country, group, role, the text) unless it names a source of the article (a
/// think tank or private outlet: <see cref="Mention.EntityId"/> starts with "source:"). A person mention has
/// an actor when the knowledge base knows whom the person acts for at the reference date, or when the text
/// writes it just before the name ("Chinese envoy Yue Xiaoyong"); analysts and others have none. A named war
/// yields one actor mention per side over the same span.
/// </remarks>
public sealed class EntityRecognizer : IStage
{
    private readonly RecognitionKnowledge kb;

    public EntityRecognizer(RecognitionKnowledge kb)
    {
        this.kb = kb;
        _resolver = new NameResolver(kb);
        _finder = new PersonFinder(kb.Cues);
        _acronyms = new AcronymLearner(kb.Cues);
    }

    private readonly NameResolver _resolver;
    private readonly PersonFinder _finder;
    private readonly AcronymLearner _acronyms;

    public string Name => "recognize";
    public IReadOnlyCollection<string> Requires => [Annotations.Sentences, Annotations.Tokens];
    public IReadOnlyCollection<string> Produces => [Annotations.Mentions];

    public void Process(Document document)
    {
        var tokens = TokenNormalizer.Normalize(document);
        var date = Temporal.ReferenceDate.LastDayOf(document);
        var (names, others) = OverlapPolicy.Select(kb.Names.Find(tokens));
        // Role nouns and references by the token they start at; tokens a name's role noun has taken.
        var roles = new TrieMatch?[tokens.Count];
        foreach (var m in others) roles[m.Start] = m;
        var consumed = new bool[tokens.Count];
        var mentions = new List<Mention>();
        foreach (var match in names)
        {
            if (Possessed(document, tokens, match, mentions) is { } owned)
            {
                mentions[^1] = owned;
                continue;
            }
            mentions.AddRange(_resolver.ResolveAll(document.Text, tokens, match, roles, date, consumed));
            if (mentions.Count > 0 && _resolver.Capital(document.Text, tokens, match, mentions[^1], date) is { } capital)
                mentions[^1] = capital;
        }
        mentions = [.. mentions.Select(m => OwnOutlet(document, m) ? m with { Actor = null, EntityId = "source:" + m.EntityId } : m)];
        mentions.AddRange(_acronyms.Learn(document, mentions));
        var actors = mentions.Where(m => m.Actor is not null && m.Kind == MentionKind.Actor).ToList();
        actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // Capitals named as places ("ISLAMABAD: The federal cabinet ..."), for references no state named before explains.
        var capitals = mentions.Where(m => m is { Kind: MentionKind.Place, Actor: { Role: "GOV", Country.Length: 3 } }).OrderBy(m => m.Span.Start).ToList();
        foreach (var match in others)
        {
            if (consumed[match.Start]) continue;
            var target = match.Targets.FirstOrDefault(t => t.Kind == TargetKind.Reference);
            if (target is null || kb.References.Find(target.Id) is not { } reference) continue;
            if (ReferenceResolver.Resolve(document.Text, tokens, match, reference, actors, capitals) is { } resolved)
                mentions.Add(resolved);
        }
        // People last: "The ministry's spokesman, Abdulmutalib Haqqani" acts for whom the reference before the name stands.
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        mentions = [.. new PeopleStep(kb, _finder).Apply(document, mentions, date)];
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        mentions = BranchResolver.Apply(mentions, kb);
        document.Mentions.AddRange(mentions);
    }

    /// <summary>
    /// "Pakistan's interim government": a generic name (one the data writes in lower case) owned by the actor
    /// just before it belongs to that actor, whatever it means on its own.
    /// </summary>
    private static Mention? Possessed(Document document, List<NormalizedToken> tokens, TrieMatch match, List<Mention> mentions)
    {
        if (match.Start == 0 || !tokens[match.Start - 1].Possessive || mentions.Count == 0) return null;
        NameTarget? generic = null;
        for (int i = 0; i < match.Targets.Count && generic is null; i++)
            if (match.Targets[i] is { Kind: TargetKind.Metonym, Case: [0, ..] } t) generic = t;
        var owner = mentions[^1];
        if (generic is null || owner.Actor is null || owner.Span.End != tokens[match.Start - 1].Span.End) return null;
        var span = new TextSpan(owner.Span.Start, tokens[match.End - 1].Span.End);
        var actor = owner.Actor with { Role = generic.Actor?.Role ?? owner.Actor.Role, Name = span.Of(document.Text) };
        return new Mention(span, MentionKind.Actor, actor.Key, "possessive:" + generic.Source) { Actor = actor, Sentence = owner.Sentence };
    }

    /// <summary>The article's own outlet ("Al Jazeera Staff") is its source, never an actor in it.</summary>
    private static bool OwnOutlet(Document document, Mention mention)
    {
        if (mention.Actor?.Role != "MED") return false;
        var name = mention.Span.Of(document.Text);
        return new[] { document.Metadata.Outlet, document.Metadata.Author }
            .Any(s => s is not null && s.Contains(name, StringComparison.OrdinalIgnoreCase));
    }
}
