using System.Text.Json;
using System.Text.Json.Nodes;
using static Faultline.Core.Evaluation.PythonValues;

namespace Faultline.Core.Evaluation;

/// <summary>The attributes checked on a matched pair, each only where the gold gives it.</summary>
internal static class AttributeChecks
{
    public static void Event(JsonNode? g, JsonNode? s, IReadOnlyDictionary<string, Accuracy> tally)
    {
        if (Get(g, "date") is { } date) tally["date"].Add(DateAgreement.Agrees(date, Get(s, "date")));
        if (Truthy(Get(g, "location"))) tally["location"].Add(EventRules.LocationAgrees(g, s));
        if (Get(g, "fatalities") is { } fatalities) tally["fatalities"].Add(EventRules.FatalitiesAgree(fatalities, s));
        foreach (var side in (string[])["actor1", "actor2"])
        {
            var goldActor = Get(g, side);
            if (goldActor is not JsonObject || !Truthy(Get(goldActor, "role"))) continue;
            var role = Get(Get(s, side), "role");
            var systemRole = role is JsonValue && role.GetValueKind() == JsonValueKind.String ? role.GetValue<string>() : "";
            tally["role"].Add(Alternatives.Of(Get(goldActor, "role"))
                .Any(r => r is JsonValue && r.GetValueKind() == JsonValueKind.String
                    && PythonText.Upper(r.GetValue<string>()) == PythonText.Upper(systemRole)));
        }
        if (Truthy(Get(g, "code"))) tally["code"].Add(EventRules.CodeAgrees(g, s));
    }

    public static void Claim(JsonNode? g, JsonNode? s, IReadOnlyDictionary<string, Accuracy> tally)
    {
        if (Truthy(Get(g, "unit"))) tally["unit"].Add(ClaimRules.UnitAgrees(g, s));
        if (Get(g, "period") is { } period) tally["period"].Add(DateAgreement.Agrees(period, Get(s, "period")));
    }
}
