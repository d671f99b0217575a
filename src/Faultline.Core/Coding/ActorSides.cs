using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// Sides of a dyad: the same actor, or a state and a group of it ("Kabul" for the Taliban government and
/// "Afghanistan" are one side in talks with Pakistan), but never a state and the insurgents fighting it (nor its rights groups and opposition).
/// </summary>
internal static class ActorSides
{
    public static bool Same(ActorRef a, ActorRef b) =>
        a.Key == b.Key || (a.Country is not null && a.Country == b.Country && (a.Group is null || b.Group is null) && !StandsApart(a) && !StandsApart(b));

    // Armed men fighting their own state ("the TTP", "militants" in Pakistan) are a side of their own; so are a
    // country's rights groups and opposition when they act on its state ("the HRCP accused police").
    private static bool StandsApart(ActorRef x) => x.Role is "INS" or "REB" || (x.Group is not null && x.Role is "NGO" or "OPP");

    /// <summary>The other side of the pair <paramref name="side"/> belongs to, or null when it belongs to neither.</summary>
    public static ActorRef? Counterpart(ActorRef side, (ActorRef A, ActorRef B) pair) =>
        Same(side, pair.A) ? pair.B : Same(side, pair.B) ? pair.A : null;
}
