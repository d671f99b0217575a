using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>
/// Dates agree at the gold's precision: "2021-12" accepts "2021-12-05" but "2021-12-05" rejects "2021-12".
/// A null gold alternative accepts only a missing or empty system date.
/// </summary>
internal static class DateAgreement
{
    public static bool Agrees(JsonNode? gold, JsonNode? system)
    {
        foreach (var g in Alternatives.Of(gold))
        {
            if (g is null)
            {
                if (system is null || IsEmptyString(system)) return true;
                continue;
            }
            if (Truthy(system) && PythonText.Str(system).StartsWith(PythonText.Str(g), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsEmptyString(JsonNode n) =>
        n.GetValueKind() == System.Text.Json.JsonValueKind.String && n.GetValue<string>().Length == 0;
}
