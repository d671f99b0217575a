using Faultline.Core.Documents;

namespace Faultline.Core.Claims;

/// <summary>What a figure's time frame is, for deciding whether two figures can be compared at all.</summary>
public readonly record struct PeriodKey(string? Period, string? Part, string? Baseline)
{
    public static PeriodKey Of(Claim c) => new(c.Period, c.PeriodPart, c.Baseline);

    public override string ToString()
    {
        var text = Period ?? "no period";
        if (Part is not null) text += $" ({Part})";
        if (Baseline is not null) text += $" against {Baseline}";
        return text;
    }
}
