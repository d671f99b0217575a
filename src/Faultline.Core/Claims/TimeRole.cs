namespace Faultline.Core.Claims;

/// <summary>Whether a time expression gives the period a figure covers or the baseline it is compared with.</summary>
public enum TimeRole
{
    Period,
    Baseline,
}
