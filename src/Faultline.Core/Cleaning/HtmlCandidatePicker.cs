using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Scores the collected blocks into their ancestors, picks the container with the best score and gathers it with
/// the siblings that look like more of the same article into a new div.
/// </summary>
internal sealed class HtmlCandidatePicker(HtmlScores scores)
{
    private const int TopCandidates = 5;
    private const int MinBlockLength = 25;
    private const int AncestorLevels = 5;
    /// <summary>How many near-best candidates must share an ancestor before that ancestor is taken instead.</summary>
    private const int MinSharedCandidates = 3;

    private static readonly char[] Commas = [',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C'];

    public IElement Pick(IDocument page, List<IElement> blocks)
    {
        foreach (var block in blocks) ScoreInto(block);
        var ranked = scores.Candidates.ToList();
        foreach (var c in ranked) scores[c] *= 1 - HtmlDom.LinkDensity(c);
        var top = ranked.OrderByDescending(c => scores[c]).Take(TopCandidates).ToList();
        var article = page.CreateElement("div");
        if (top.Count == 0 || top[0].TagName == "BODY") return WholeBody(page, article);
        var best = Climb(top);
        JoinSiblings(best, article);
        return article;
    }

    /// <summary>A paragraph's score (one point, one per comma, one per 100 characters up to three) goes to its
    /// parent in full, its grandparent in half, and further ancestors in smaller shares.</summary>
    private void ScoreInto(IElement block)
    {
        if (block.ParentElement is null) return;
        var text = HtmlDom.Text(block);
        if (text.Length < MinBlockLength) return;
        double score = 1 + text.Count(c => Commas.Contains(c)) + Math.Min(text.Length / 100, 3);
        int level = 0;
        for (var a = block.ParentElement; a is not null && level < AncestorLevels; a = a.ParentElement, level++)
        {
            if (a.ParentElement is null) continue;
            if (!scores.Has(a)) scores.Initialize(a);
            scores[a] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }

    private static IElement WholeBody(IDocument page, IElement article)
    {
        var body = page.Body ?? page.DocumentElement;
        var holder = page.CreateElement("div");
        while (body.FirstChild is { } child) holder.AppendChild(child);
        body.AppendChild(holder);
        article.AppendChild(holder);
        return article;
    }

    /// <summary>From the best-scoring block, moves up to the container that really holds the article.</summary>
    private IElement Climb(List<IElement> top)
    {
        var best = top[0];
        double bestScore = scores[best];
        // Several near-best candidates under one ancestor: the article is split into parts, take the ancestor.
        var near = top.Skip(1).Where(c => scores[c] / bestScore >= 0.75).Select(Ancestors).ToList();
        if (near.Count >= MinSharedCandidates)
        {
            for (var p = best.ParentElement; p is not null && p.TagName != "BODY"; p = p.ParentElement)
            {
                if (near.Count(list => list.Contains(p)) >= MinSharedCandidates)
                {
                    best = p;
                    break;
                }
            }
        }
        if (!scores.Has(best)) scores.Initialize(best);
        // A parent scoring higher than the best block holds more of the article; stop when scores fall too far.
        double last = scores[best];
        double floor = last / 3;
        for (var p = best.ParentElement; p is not null && p.TagName != "BODY"; p = p.ParentElement)
        {
            if (!scores.Has(p)) continue;
            double s = scores[p];
            if (s < floor) break;
            if (s > last)
            {
                best = p;
                break;
            }
            last = s;
        }
        // A lone child is the same block as its parent; the parent may hold siblings-to-be of later pages.
        while (best.ParentElement is { } parent && parent.TagName != "BODY" && parent.Children.Length == 1) best = parent;
        if (!scores.Has(best)) scores.Initialize(best);
        return best;
    }

    private static HashSet<IElement> Ancestors(IElement e)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var p = e.ParentElement; p is not null; p = p.ParentElement) set.Add(p);
        return set;
    }

    /// <summary>Siblings of the chosen block join it when they score well, share its class, or read like prose.</summary>
    private void JoinSiblings(IElement best, IElement article)
    {
        double bestScore = scores[best];
        double threshold = Math.Max(10, bestScore * 0.2);
        var siblings = best.ParentElement is { } parent ? parent.Children.ToList() : [best];
        foreach (var sibling in siblings)
        {
            if (!ReferenceEquals(sibling, best) && !Joins(sibling, best, bestScore, threshold)) continue;
            var moved = sibling.TagName is "DIV" or "ARTICLE" or "SECTION" or "P" ? sibling : HtmlDom.Retag(sibling, "div");
            article.AppendChild(moved);
        }
    }

    private bool Joins(IElement sibling, IElement best, double bestScore, double threshold)
    {
        double bonus = sibling.ClassName is { Length: > 0 } cls && cls == best.ClassName ? bestScore * 0.2 : 0;
        if (scores.Has(sibling) && scores[sibling] + bonus >= threshold) return true;
        if (sibling.TagName != "P") return false;
        double links = HtmlDom.LinkDensity(sibling);
        var text = HtmlDom.Text(sibling);
        if (text.Length > 80) return links < 0.25;
        return text.Length > 0 && links == 0 && (text.Contains(". ") || text.EndsWith('.'));
    }
}
