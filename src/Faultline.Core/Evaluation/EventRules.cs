using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>When a system event matches a gold event, and how well a candidate pair agrees beyond that.</summary>
internal static class EventRules
{
    /// <summary>The roots agree (any gold alternative) and both actors agree.</summary>
    public static bool Matches(JsonNode? gold, JsonNode? system) =>
        Alternatives.Of(Get(gold, "root")).Select(PythonText.Str).Contains(SystemRoot(system))
        && ActorKeys.Agree(Get(gold, "actor1"), Get(system, "actor1"))
        && ActorKeys.Agree(Get(gold, "actor2"), Get(system, "actor2"));

    /// <summary>The system event's root, or the first two digits of its code where it gives no root.</summary>
    public static string SystemRoot(JsonNode? system)
    {
        var root = Get(system, "root");
        if (Truthy(root)) return PythonText.Str(root);
        var code = Get(system, "code");
        var text = Truthy(code) ? PythonText.Str(code) : "";
        return new string([.. text.EnumerateRunes().Take(2).SelectMany(r => r.ToString())]);
    }

    /// <summary>How many checked attributes of a candidate pair agree (date, place, code, fatalities).</summary>
    public static int Preference(JsonNode? gold, JsonNode? system)
    {
        var n = 0;
        if (Get(gold, "date") is { } date && DateAgreement.Agrees(date, Get(system, "date"))) n++;
        if (Truthy(Get(gold, "location")) && LocationAgrees(gold, system)) n++;
        if (Truthy(Get(gold, "code")) && CodeAgrees(gold, system)) n++;
        if (Get(gold, "fatalities") is { } fatalities && FatalitiesAgree(fatalities, system)) n++;
        return n;
    }

    public static bool LocationAgrees(JsonNode? gold, JsonNode? system) =>
        NameSets.OfAlternatives(Get(gold, "location")).Contains(NameNormalizer.Normalize(Get(Get(system, "location"), "name")));

    public static bool CodeAgrees(JsonNode? gold, JsonNode? system) =>
        Alternatives.Of(Get(gold, "code")).Select(PythonText.Str).Contains(PythonText.Str(Get(system, "code")));

    public static bool FatalitiesAgree(JsonNode? goldFatalities, JsonNode? system) =>
        Alternatives.Of(goldFatalities).Any(f => Equal(f, Get(system, "fatalities")));
}
