using Faultline.Core.Claims;

namespace Faultline.Web.Api;

/// <summary>A reconciliation group as the API shows it: how the figures relate, why, and each figure with its sentence.</summary>
internal sealed record ClaimGroupView(string Status, string Unit, string Kind, string Subject, int Documents, string Reason,
    IReadOnlyList<ClaimGroupFigure> Members)
{
    public static ClaimGroupView From(ClaimGroup g) => new(g.Label, g.Unit, g.Kind, g.Subject, g.Documents, g.Reason,
        g.Members.Select(m => new ClaimGroupFigure(m.DocumentId, m.Outlet, m.Claim.Value, m.Claim.ValueHigh, m.Claim.Qualifier, m.Claim.Period,
            m.Claim.Baseline, m.Claim.Source, m.Claim.Sentence, m.Claim.Span.Start, m.Claim.Span.End)).ToList());
}
