using Faultline.Core.Temporal;

namespace Faultline.Core.Claims;

/// <summary>The period a figure covers, the baseline it is compared with, and how the period was found.</summary>
public sealed record PeriodAssignment(PartialDate? Period, PartialDate? Baseline, string? Basis, string? Part)
{
    public static PeriodAssignment None { get; } = new(null, null, null, null);
}
