namespace Faultline.Core.Claims;

/// <summary>How a number word combines with its neighbours (see data/lexicons/numbers.tsv).</summary>
public enum NumberWordKind
{
    Number,
    Weak,
    Multiplier,
    Fraction,
    Vague,
}
