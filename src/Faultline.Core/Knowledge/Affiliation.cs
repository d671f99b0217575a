using Faultline.Core.Documents;

namespace Faultline.Core.Knowledge;

/// <summary>Whom a person acts for, and when: "PAK/GOV 2018-08-18..2022-04-10", "AFG+TAL/INS".</summary>
public sealed record Affiliation(string? Country, string? Group, string Role, DateRange Period)
{
    /// <summary>Parses one affiliation; the error says what is wrong.</summary>
    public static Affiliation Parse(string text, DataLine line)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var who = parts[0].Split('/');
        if (who.Length != 2 || who[1].Length == 0)
            throw line.Error($"affiliation '{text.Trim()}' is not ACTOR/ROLE[ FROM..UNTIL]");
        var actor = who[0].Split('+');
        string? country = actor[0].Length > 0 ? actor[0] : null;
        string? group = actor.Length > 1 && actor[1].Length > 0 ? actor[1] : null;
        var period = DateRange.Always;
        if (parts.Length > 1)
            period = DateRange.ParseInterval(parts[1]) ?? throw line.Error($"affiliation period '{parts[1]}' is not FROM..UNTIL");
        return new Affiliation(country, group, who[1], period);
    }

    public ActorRef ToActor(string name) => new(Country, Group, Role, name);
}
