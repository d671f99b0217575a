namespace Faultline.Core.Recognition;

/// <summary>
/// Strips accents from Latin letters by table: the project runs with invariant globalization, where
/// string.Normalize cannot decompose characters, and GeoNames spells many places with accents ("Kābul").
/// </summary>
public static class Diacritics
{
    // Indexed by character: every accented letter handled lies below U+2000.
    private static readonly char[] Plain = Build();

    public static char Strip(char c) => c < Plain.Length && Plain[c] != '\0' ? Plain[c] : c;

    private static char[] Build()
    {
        var groups = new Dictionary<char, string>
        {
            ['a'] = "àáâãäåāăąǎȁȃạảấầẩẫậắằẳẵặ",
            ['c'] = "çćĉċč",
            ['d'] = "ďđḍḏ",
            ['e'] = "èéêëēĕėęěȅȇẹẻẽếềểễệ",
            ['g'] = "ĝğġģǧ",
            ['h'] = "ĥħḥḩẖ",
            ['i'] = "ìíîïĩīĭįıǐȉȋịỉ",
            ['j'] = "ĵǰ",
            ['k'] = "ķǩḳ",
            ['l'] = "ĺļľŀłḷ",
            ['n'] = "ñńņňṅṇ",
            ['o'] = "òóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợ",
            ['r'] = "ŕŗřṛ",
            ['s'] = "śŝşšșṣ",
            ['t'] = "ţťŧțṭṯ",
            ['u'] = "ùúûüũūŭůűųǔȕȗụủứừửữự",
            ['w'] = "ŵẁẃẅ",
            ['y'] = "ýÿŷỳỵỷỹ",
            ['z'] = "źżžẓẕ",
        };
        var map = new char[0x2000];
        foreach (var (plain, accented) in groups)
            foreach (var c in accented)
            {
                map[c] = plain;
                var upper = char.ToUpperInvariant(c);
                if (upper != c) map[upper] = char.ToUpperInvariant(plain);
            }
        return map;
    }
}
