using System.Text.Json.Nodes;
using Faultline.Core.Evaluation;

namespace Faultline.Tests.Evaluation;

/// <summary>Scores small gold and system documents written inline; "doc" defaults to "d".</summary>
internal static class Eval
{
    public static EvaluationReport Score(string gold, string system) => Score([gold], [system]);

    public static EvaluationReport Score(string[] gold, string[] system)
    {
        var golds = gold.Select(Parse).Select(g => KeyValuePair.Create((string)g["doc"]!, g));
        return Scorer.Score(golds, SystemLoader.Index(system.Select(Parse)));
    }

    public static Prf Counts(this EvaluationReport report, string kind) => report.Overall[kind];

    private static JsonObject Parse(string json)
    {
        var o = JsonNode.Parse(json)!.AsObject();
        if (!o.ContainsKey("doc")) o["doc"] = "d";
        return o;
    }
}
