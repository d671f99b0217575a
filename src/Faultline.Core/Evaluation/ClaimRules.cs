using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>Claims match on their value (relative tolerance 1e-9); unit and period are checked among matches.</summary>
internal static class ClaimRules
{
    public static bool Matches(JsonNode? gold, JsonNode? system)
    {
        if (!TryFloat(Get(system, "value"), out var sv)) return false;
        foreach (var alt in Alternatives.Of(Get(gold, "value")))
            if (TryFloat(alt, out var gv) && Math.Abs(gv - sv) <= 1e-9 * Math.Max(1.0, Math.Abs(gv))) return true;
        return false;
    }

    /// <summary>How many checked attributes of a candidate pair agree (unit, period).</summary>
    public static int Preference(JsonNode? gold, JsonNode? system)
    {
        var n = Truthy(Get(gold, "unit")) && UnitAgrees(gold, system) ? 1 : 0;
        if (Get(gold, "period") is { } period && DateAgreement.Agrees(period, Get(system, "period"))) n++;
        return n;
    }

    public static bool UnitAgrees(JsonNode? gold, JsonNode? system) =>
        Alternatives.Of(Get(gold, "unit")).Any(u => Equal(u, Get(system, "unit")));
}
