namespace Faultline.Core.Evaluation;

/// <summary>The scores of one gold document; kinds the gold file leaves out are not scored.</summary>
public sealed record DocumentScore(
    string Doc, bool Found, IReadOnlyList<KindScore> Kinds, PublishedCheck? Published, IReadOnlyList<ConfusedEvent> Confusion)
{
    public KindScore? Kind(string kind) => Kinds.FirstOrDefault(k => k.Kind == kind);
}
