namespace Faultline.Core.Claims;

/// <summary>How the figures of a group about one measure relate.</summary>
public enum GroupStatus
{
    /// <summary>Same measure, same period and baseline, values agree within the tolerance.</summary>
    Corroborated,
    /// <summary>Same measure, same period and baseline, values differ beyond the tolerance.</summary>
    Conflicting,
    /// <summary>Same measure, but the figures cover different periods or baselines.</summary>
    NotComparable,
}
