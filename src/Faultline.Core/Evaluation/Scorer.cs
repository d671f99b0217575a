using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>
/// A port of score.py's score(): pairs gold and system documents by id and scores each kind of entry the gold file
/// lists, the event and claim attributes of matched pairs, and the publication date. Works on plain JSON objects,
/// so it scores Faultline's output and any other system's alike.
/// </summary>
/// <remarks>
/// On input score.py accepts, the figures are the same (the tests check it against score.py's own output). Where
/// score.py would stop with a Python error (a gold entry that is not an object, a gold claim value that is not a
/// number), a value of the wrong shape counts as absent here and the entry simply does not match.
/// </remarks>
public static class Scorer
{
    private static readonly (string Kind, Func<JsonNode?, JsonNode?, bool> Ok, Func<JsonNode?, JsonNode?, int>? Pref)[] Rules =
    [
        ("events", EventRules.Matches, EventRules.Preference),
        ("actors", EntryRules.ActorMatches, null),
        ("people", EntryRules.NameMatches, null),
        ("places", EntryRules.NameMatches, null),
        ("claims", ClaimRules.Matches, ClaimRules.Preference),
    ];

    /// <param name="gold">Gold documents by id, in the order to report them.</param>
    /// <param name="system">System documents by id (see <see cref="DocumentKey"/>).</param>
    /// <param name="only">Score just this document.</param>
    public static EvaluationReport Score(IEnumerable<KeyValuePair<string, JsonObject>> gold,
        IReadOnlyDictionary<string, JsonObject> system, string? only = null)
    {
        var totals = new OrderedDictionary<string, Prf>(EvaluationReport.Kinds.Select(k => KeyValuePair.Create(k, new Prf())));
        var events = Accuracies("date", "location", "fatalities", "role", "code");
        var claims = Accuracies("unit", "period");
        var published = new Accuracy();
        var documents = new List<DocumentScore>();
        foreach (var (doc, g) in gold)
        {
            if (only is not null && only.Length > 0 && doc != only) continue;
            var found = system.TryGetValue(doc, out var s);
            var kinds = new List<KindScore>();
            var confusion = new List<ConfusedEvent>();
            foreach (var (kind, ok, pref) in Rules)
            {
                if (!g.ContainsKey(kind)) continue;
                var goldList = Alternatives.Entries(g[kind]);
                var systemList = Alternatives.Entries(Get(s, kind));
                var match = SetMatch.Match(goldList, systemList, ok, pref);
                var counts = new Prf();
                counts.Add(match.TruePositives, match.FalsePositives, match.FalseNegatives);
                totals[kind].Add(match.TruePositives, match.FalsePositives, match.FalseNegatives);
                var paired = match.Pairs.Select(p => p.Gold).ToHashSet();
                var missed = Enumerable.Range(0, goldList.Count).Where(i => !SetMatch.IsOptional(goldList[i]) && !paired.Contains(i));
                kinds.Add(new KindScore(kind, counts, [.. missed.Select(i => Summaries.Summarize(kind, goldList[i]))]));
                foreach (var p in match.Pairs)
                {
                    if (kind == "events") AttributeChecks.Event(goldList[p.Gold], systemList[p.System], events);
                    if (kind == "claims") AttributeChecks.Claim(goldList[p.Gold], systemList[p.System], claims);
                }
                if (kind == "events") confusion = RootConfusionFinder.Find(goldList, systemList, match);
            }
            documents.Add(new DocumentScore(doc, found, kinds, Published(g, s, published), confusion));
        }
        return new EvaluationReport(totals, events, claims, published, documents);
    }

    private static PublishedCheck? Published(JsonObject gold, JsonObject? system, Accuracy tally)
    {
        if (!gold.ContainsKey("published")) return null;
        var g = Get(gold["published"], "date");
        var s = Get(Get(system, "published"), "date");
        var ok = DateAgreement.Agrees(g, s);
        tally.Add(ok);
        return new PublishedCheck(g, s, ok);
    }

    private static OrderedDictionary<string, Accuracy> Accuracies(params string[] names) =>
        new(names.Select(n => KeyValuePair.Create(n, new Accuracy())));
}
