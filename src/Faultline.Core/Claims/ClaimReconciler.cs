using System.Globalization;

namespace Faultline.Core.Claims;

/// <summary>
/// Groups figures from many documents that measure the same thing (same unit and kind, subjects sharing enough
/// content words) and says how they relate. Within a measure, figures for the same period, part of period and
/// baseline are compared: corroborated when every pair agrees within the tolerance, conflicting otherwise. When
/// a measure's figures cover different periods or baselines (a whole year against its first nine months), a
/// not_comparable group lists them all with the reason. Single figures form no group. Pure: no I/O.
/// </summary>
public static class ClaimReconciler
{
    public static IReadOnlyList<ClaimGroup> Reconcile(IEnumerable<SourcedClaim> claims, ReconcileOptions? options = null)
    {
        options ??= ReconcileOptions.Default;
        var list = claims.ToList();
        var groups = new List<ClaimGroup>();
        foreach (var measure in Measures(list, options))
        {
            if (measure.Count < 2) continue;
            var first = measure[0].Claim;
            string subject = measure.Select(m => m.Claim.Subject).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? "";
            var byPeriod = measure.GroupBy(m => PeriodKey.Of(m.Claim)).ToList();
            // Figures of one article are parts of a story (a total and its parts), not sources to weigh against each other.
            foreach (var same in byPeriod.Where(g => g.Select(m => m.DocumentId).Distinct().Count() >= 2))
                groups.Add(Compare([.. same], first.Unit, first.Kind, subject, options));
            if (byPeriod.Count >= 2 && measure.Select(m => m.DocumentId).Distinct().Count() >= 2)
                groups.Add(new ClaimGroup(GroupStatus.NotComparable, first.Unit, first.Kind, subject, measure,
                    "different periods or baselines: " + string.Join(" vs ", byPeriod.Select(g => g.Key.ToString()))));
        }
        return groups;
    }

    private static ClaimGroup Compare(List<SourcedClaim> members, string unit, string kind, string subject, ReconcileOptions options)
    {
        var ranges = members.Select(m => ValueRange.Of(m.Claim, options.Tolerance)).ToList();
        bool agree = true;
        for (int i = 0; i < ranges.Count && agree; i++)
            for (int j = i + 1; j < ranges.Count && agree; j++)
                agree = ranges[i].Agrees(ranges[j], options.Tolerance);
        string tolerance = (options.Tolerance * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        string values = string.Join(", ", members.Select(m =>
            $"{m.Claim.Value.ToString("0.##", CultureInfo.InvariantCulture)} ({m.Outlet ?? m.DocumentId})"));
        return agree
            ? new ClaimGroup(GroupStatus.Corroborated, unit, kind, subject, members, $"values agree within {tolerance}: {values}")
            : new ClaimGroup(GroupStatus.Conflicting, unit, kind, subject, members, $"values differ beyond {tolerance}: {values}");
    }

    /// <summary>Clusters claims of the same unit, kind and direction whose subjects overlap (single linkage).</summary>
    private static List<List<SourcedClaim>> Measures(List<SourcedClaim> claims, ReconcileOptions options)
    {
        var words = claims.Select(c => SubjectWords.Of(c.Claim.Subject)).ToList();
        var measures = claims.Select(c => options.Measures.Of(c.Claim.Subject)).ToList();
        var parent = Enumerable.Range(0, claims.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (int i = 0; i < claims.Count; i++)
            for (int j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i].Claim, claims[j].Claim);
                if (a.Unit != b.Unit || a.Kind != b.Kind || a.Direction != b.Direction) continue;
                // Subjects naming the same measure ("fatalities from militant attacks", "deaths in terror attacks") are
                // one measure; naming different ones, never; naming none, when enough of their words agree.
                bool bothNamed = measures[i] is not null && measures[j] is not null;
                if (bothNamed && measures[i] != measures[j]) continue;
                if (!bothNamed && SubjectWords.Overlap(words[i], words[j]) < options.SubjectOverlap) continue;
                parent[Find(i)] = Find(j);
            }
        return Enumerable.Range(0, claims.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => claims[i]).ToList())
            .ToList();
    }
}
