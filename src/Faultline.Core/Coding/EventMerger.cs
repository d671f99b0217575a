using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// One event per act: mentions in one article with the same root and actors, and dates that agree at their
/// precision, become one event that keeps every sentence as evidence and the most precise attributes.
/// </summary>
public static class EventMerger
{
    public static List<CodedEvent> Merge(IEnumerable<CodedEvent> events)
    {
        var merged = new List<CodedEvent>();
        foreach (var e in events)
        {
            int i = merged.FindIndex(m => Same(m, e));
            if (i < 0)
            {
                merged.Add(e);
                continue;
            }
            var m = merged[i];
            merged[i] = m with
            {
                Actor1 = Names(e.Actor1, m.Actor1) ? e.Actor1 : m.Actor1,
                Actor2 = m.Actor2 ?? e.Actor2,
                Date = MorePrecise(m.Date, e.Date),
                Location = m.Location ?? e.Location,
                Fatalities = m.Fatalities ?? e.Fatalities,
                Sentences = [.. m.Sentences.Union(e.Sentences)],
            };
        }
        return merged;
    }

    // Two codes of one root in one sentence are one act told twice ("launched air strikes ..., targeting ..."), but for a
    // visit and a meeting held on it; in different sentences they are different acts of a kind (a summons, then an
    // accusation) unless the code agrees.
    // One verb pattern firing twice in one sentence is two acts ("the talks were mediated by Turkey, which had brokered
    // a ceasefire"); one trigger never yields two events with the same actor1.
    // An assault dated to the same day by the same side on the same target is one act, whatever words re-tell it ("a
    // suicide bomber rammed a truck into a post in Mir Ali on Saturday ... Saturday's attack in North Waziristan"; its
    // places may be named at different scales, so they are not compared). (Not so an exchange of fire between forces:
    // firing and returning fire are told as two acts.) A blow by nameless militants and the same day's blow on the same
    // target claimed by a group of their country are one act, the group's.
    private static bool Same(CodedEvent a, CodedEvent b) =>
        a.Root == b.Root && (a.Code == b.Code || (a.Sentences.Intersect(b.Sentences).Any() && !VisitAndMeeting(a, b)) || SameDayBlow(a, b))
        && (a.Actor1.Key == b.Actor1.Key || (SameDayBlow(a, b) && (Names(a.Actor1, b.Actor1) || Names(b.Actor1, a.Actor1))))
        && !(a.PatternId == b.PatternId && a.PatternId.StartsWith("v:", StringComparison.Ordinal) && a.Sentences.SequenceEqual(b.Sentences))
        && (a.Actor2 is null || b.Actor2 is null || a.Actor2.Key == b.Actor2.Key)
        && DatesAgree(a.Date, b.Date)
        // Two verbs telling cooperative acts of a kind in other words, in different sentences, are two acts ("the two
        // sides agreed to revive the committee ... He assured his hosts that ..."); the same word re-tells one ("Pakistan
        // has decided to upgrade its mission ... 'I am pleased to announce that Pakistan has decided to upgrade ...'").
        // (Blows and charges are re-told in other words: "attacked posts ... said they had killed 58".)
        && !(a.Root is "03" or "04" or "05" or "06" or "07" or "08" && a.PatternId.StartsWith("v:", StringComparison.Ordinal) && b.PatternId.StartsWith("v:", StringComparison.Ordinal)
            && a.Word != b.Word && Distance(a, b) >= 1)
        // A mention with no date of its own is the dated act only near it: far off, "Kabul offered to relocate TTP
        // families" is another offer than the one dated paragraphs before.
        && !(a.Date is null != b.Date is null && Distance(a, b) > UndatedReach);

    /// <summary>"The bomber struck on Monday ... the TTP claimed the attack": a group of nameless militants' country that
    /// claims a blow of theirs names them.</summary>
    private static bool Names(ActorRef named, ActorRef nameless) =>
        nameless is { Group: null, Role: "INS" } && named is { Group: not null, Role: "INS" } && named.Country == nameless.Country;

    private static bool SameDayBlow(CodedEvent a, CodedEvent b) =>
        a.Root == "18" && a.Date is { Length: 10 } && a.Date == b.Date
        // (With no target named, only a noun re-tells it: "claimed responsibility for the assault".)
        && ((a.Actor2 is not null && b.Actor2 is not null) || a.PatternId.StartsWith("n:", StringComparison.Ordinal) || b.PatternId.StartsWith("n:", StringComparison.Ordinal));

    /// <summary>"flew to Kabul and met Muttaqi": a visit and a meeting held on it, each told by its verb, are two acts
    /// ("flew to Kabul for talks" is one: the noun names the visit's purpose).</summary>
    private static bool VisitAndMeeting(CodedEvent a, CodedEvent b) =>
        (a.Code == Visit) != (b.Code == Visit) && a.PatternId.StartsWith("v:", StringComparison.Ordinal) && b.PatternId.StartsWith("v:", StringComparison.Ordinal);

    private const string Visit = "042";

    /// <summary>How many sentences apart an undated mention may stand from the dated act it re-tells.</summary>
    private const int UndatedReach = 5;

    /// <summary>Sentences between the nearest evidence of two events.</summary>
    private static int Distance(CodedEvent a, CodedEvent b) => a.Sentences.Min(x => b.Sentences.Min(y => Math.Abs(x - y)));

    public static bool DatesAgree(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static string? MorePrecise(string? a, string? b) => (a?.Length ?? 0) >= (b?.Length ?? 0) ? a : b;
}
