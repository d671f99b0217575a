using Faultline.Core.Documents;

namespace Faultline.Core.Claims;

/// <summary>A claim with the document and outlet it came from, as input to <see cref="ClaimReconciler"/>.</summary>
public sealed record SourcedClaim(string DocumentId, string? Outlet, Claim Claim);
