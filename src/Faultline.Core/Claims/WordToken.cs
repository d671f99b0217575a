namespace Faultline.Core.Claims;

/// <summary>
/// A word, number or mark of a sentence as the claim rules see it. <see cref="Glued"/> says that no space
/// separates it from the token before ("2,640km", "9/11", "[1]"), which decides whether a number stands alone.
/// </summary>
public readonly record struct WordToken(string Text, int Start, int End, bool Glued)
{
    public string Lower => Text.ToLowerInvariant();

    public bool IsDigits => Text.Length > 0 && char.IsDigit(Text[0]);

    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);
}
