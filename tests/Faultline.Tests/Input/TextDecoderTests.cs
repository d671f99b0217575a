using System.Text;
using Faultline.Core.Input;

namespace Faultline.Tests.Input;

public class TextDecoderTests
{
    private const string Sample = "Café talks – “peace” in Peshawar, naïve hopes.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void DecodesUtf8WithoutMark() => Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)).Text);

    [Fact]
    public void DecodesUtf8WithMarkAndDropsTheMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, TextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DecodesUtf16WithOrWithoutMark(bool withMark)
    {
        var encoding = new UnicodeEncoding(false, withMark);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void DecodesBigEndianUtf16WithMark()
    {
        var encoding = new UnicodeEncoding(true, true);
        Assert.Equal(Sample, TextDecoder.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray()).Text);
    }

    [Fact]
    public void DetectsLegacyWindows1252InsteadOfGarblingIt()
    {
        var (text, name) = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(Sample));
        Assert.Equal(Sample, text);
        Assert.Equal("windows-1252", name);
    }

    [Fact]
    public void RefusesRandomBytes()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        Assert.Throws<DecodeException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void RefusesControlHeavyBytesWithoutNul()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(1 + i % 31)).ToArray();
        Assert.Throws<DecodeException>(() => TextDecoder.Decode(bytes));
    }
}
