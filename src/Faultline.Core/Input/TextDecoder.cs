using System.Text;

namespace Faultline.Core.Input;

/// <summary>
/// Turns bytes into text: a byte-order mark wins; then strict UTF-8; then UTF-16 without a mark
/// (recognised by its zero bytes); then Windows-1252 for legacy text. Binary data is refused rather than garbled.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (Strict(new UTF8Encoding(false, true), bytes[3..], "UTF-8"), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE"), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE"), "utf-16be");

        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
            return (Strict(utf16, bytes, "UTF-16"), utf16.IsBigEndian() ? "utf-16be" : "utf-16le");

        if (bytes.IndexOf((byte)0) >= 0)
            throw new DecodeException("binary content (NUL bytes), not text");

        try
        {
            return (CheckText(StrictUtf8.GetString(bytes)), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var legacy = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            string text;
            try
            {
                text = legacy.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new DecodeException("undecodable bytes: neither UTF-8, UTF-16 nor Windows-1252 text");
            }
            return (CheckText(text), "windows-1252");
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DecodeException($"undecodable bytes: invalid {name}");
        }
    }

    /// <summary>ASCII-heavy UTF-16 has a zero in every other byte; require most pairs to look like that.</summary>
    private static UnicodeEncoding? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int n = Math.Min(bytes.Length / 2, 4096), evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i++)
        {
            if (bytes[2 * i] == 0) evenZero++;
            if (bytes[2 * i + 1] == 0) oddZero++;
        }
        if (oddZero > n * 0.6 && evenZero < n * 0.05) return new UnicodeEncoding(false, false, true);
        if (evenZero > n * 0.6 && oddZero < n * 0.05) return new UnicodeEncoding(true, false, true);
        return null;
    }

    private static bool IsBigEndian(this UnicodeEncoding e) => e.CodePage == 1201;

    // Text has few control characters besides line breaks and tabs; binary data decoded by chance has many.
    private static string CheckText(string text) =>
        ControlShare(text) > 0.02 ? throw new DecodeException("binary content, not text") : text;

    private static double ControlShare(string text)
    {
        if (text.Length == 0) return 0;
        int control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        return (double)control / text.Length;
    }
}

public sealed class DecodeException(string message) : Exception(message);
