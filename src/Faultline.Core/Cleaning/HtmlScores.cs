using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>Content scores of the candidate containers in one attempt, keyed by element identity.</summary>
internal sealed class HtmlScores(HtmlHints hints, HtmlPass pass)
{
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    public HtmlHints Hints => hints;

    public HtmlPass Pass => pass;

    public bool Has(IElement e) => _scores.ContainsKey(e);

    public double this[IElement e]
    {
        get => _scores.GetValueOrDefault(e);
        set => _scores[e] = value;
    }

    public IEnumerable<IElement> Candidates => _scores.Keys;

    public int ClassWeight(IElement e) => pass.HasFlag(HtmlPass.WeightClasses) ? hints.Weight(e) : 0;

    /// <summary>A container's starting score: its tag says how likely it is to hold prose, its names add or take away.</summary>
    public void Initialize(IElement e)
    {
        _scores[e] = e.TagName switch
        {
            "DIV" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        } + ClassWeight(e);
    }
}
