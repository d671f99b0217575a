using FsCheck;
using FsCheck.Fluent;
using Faultline.Core.Documents;
using Faultline.Core.Segmentation;
using Faultline.Tests.Support;

namespace Faultline.Tests.Segmentation;

public class SegmenterTests
{
    private static Segmenter Segmenter => new(TestPaths.Knowledge.Abbreviations);

    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        string? input = null;
        var expected = new List<string>();
        foreach (var line in File.ReadLines(TestPaths.Cases("segmentation", "sentences.txt")).Append(""))
        {
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("> ")) input = line[2..];
            else if (line.Length > 0) expected.Add(line);
            else if (input is not null)
            {
                data.Add(input, [.. expected]);
                input = null;
                expected.Clear();
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsSentencesAsAReaderWould(string paragraph, string[] expected)
    {
        var doc = new Document("t", paragraph, SourceFormat.Text) { Text = paragraph };
        Segmenter.Process(doc);
        Assert.Equal(expected, doc.Sentences.Select(s => s.Span.Of(doc.Text)).ToArray());
    }

    [Fact]
    public void ParagraphsAreSeparatedByBlankLines()
    {
        var doc = new Document("t", "", SourceFormat.Text) { Text = "One. Two.\n\nThree." };
        Segmenter.Process(doc);
        Assert.Equal([0, 0, 1], doc.Sentences.Select(s => s.Paragraph).ToArray());
    }

    [Fact]
    public void TokensKeepNumbersHyphenatedNamesAndAcronymsWhole()
    {
        var doc = new Document("t", "", SourceFormat.Text) { Text = "Tehreek-e-Taliban killed 1,500 in the U.S. zone." };
        Segmenter.Process(doc);
        Assert.Equal(["Tehreek-e-Taliban", "killed", "1,500", "in", "the", "U.S.", "zone", "."], doc.Tokens.Select(t => t.Text).ToArray());
    }

    private static readonly string[] Pieces =
        ["word", "Word", "U.S.", "Dr.", "Lt", "12", "1,500", ".", "?", "!", "”", "“", "[1]", ",", " ", " ", " ", "\n", "\n\n", "'", "—", "e.g.", "A."];

    [Fact]
    public void OffsetsMapBackToTheExactTextForAnyInput()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var doc = new Document("t", text, SourceFormat.Text) { Text = text };
            Segmenter.Process(doc);
            int previousEnd = 0;
            var covered = new bool[text.Length];
            foreach (var s in doc.Sentences)
            {
                if (s.Span.Start < previousEnd || s.Span.End > text.Length || s.Span.Length == 0) return false;
                previousEnd = s.Span.End;
                for (int i = s.Span.Start; i < s.Span.End; i++) covered[i] = true;
                var tokens = doc.Tokens.Skip(s.FirstToken).Take(s.TokenCount);
                if (tokens.Any(t => !s.Span.Contains(t.Span) || t.Span.Of(text) != t.Text || t.Sentence != s.Index)) return false;
            }
            // Every visible character belongs to a sentence; sentences never start or end with whitespace.
            return Enumerable.Range(0, text.Length).All(i => char.IsWhiteSpace(text[i]) || covered[i])
                && doc.Sentences.All(s => !char.IsWhiteSpace(text[s.Span.Start]) && !char.IsWhiteSpace(text[s.Span.End - 1]));
        }).QuickCheckThrowOnFailure();
    }
}
