using Faultline.Core.Documents;

namespace Faultline.Core.Claims;

/// <summary>
/// A figure found by the <see cref="NumberReader"/>. <see cref="Span"/> covers the whole expression (qualifier,
/// currency sign, number, unit suffix); <see cref="FirstToken"/> and <see cref="EndToken"/> delimit it in the
/// token list it was read from. <see cref="Unit"/> is set only when the expression itself marks it ("56%", "$2bn").
/// </summary>
public sealed record NumberMatch
{
    public required TextSpan Span { get; init; }
    public required double Value { get; init; }
    public double? High { get; init; }
    public string Qualifier { get; init; } = "exact";
    public string? Unit { get; init; }
    /// <summary>An indefinite amount ("hundreds of"): the value is its lower bound.</summary>
    public bool Vague { get; init; }
    /// <summary>"one", which is more often a pronoun or determiner than a figure.</summary>
    public bool Weak { get; init; }
    /// <summary>Written in words ("five", "two dozen") rather than digits.</summary>
    public bool Spelled { get; init; }
    /// <summary>Digits only, no separator, no decimal, no multiplier: could be a year.</summary>
    public bool PlainInteger { get; init; }
    public int FirstToken { get; init; }
    public int EndToken { get; init; }
    /// <summary>The token where the number itself starts, after any qualifier and currency sign.</summary>
    public int NumberToken { get; init; }
}
