using Faultline.Core.Documents;
using Faultline.Core.Pipeline;

namespace Faultline.Core.Segmentation;

/// <summary>
/// Splits the cleaned text into paragraphs (blank-line separated), sentences and tokens, each with offsets
/// into the text. A sentence ends at '.', '!' or '?' (with any closing quotes, brackets and footnote markers
/// such as "[1]") before a space and a capital, digit or opening quote, unless the word before the period
/// is an abbreviation or an initial.
/// </summary>
public sealed class Segmenter(Abbreviations abbreviations) : IStage
{
    public string Name => "segment";
    public IReadOnlyCollection<string> Requires => [Annotations.Text];
    public IReadOnlyCollection<string> Produces => [Annotations.Sentences, Annotations.Tokens];

    public void Process(Document document)
    {
        var text = document.Text;
        foreach (var paragraph in Paragraphs(text))
        {
            int p = document.Paragraphs.Count;
            document.Paragraphs.Add(paragraph);
            foreach (var span in Sentences(text, paragraph))
            {
                int first = document.Tokens.Count;
                int index = document.Sentences.Count;
                foreach (var token in Tokenizer.Tokenize(text, span))
                    document.Tokens.Add(new Token(token, token.Of(text), index));
                document.Sentences.Add(new Sentence(index, span, p) { FirstToken = first, TokenCount = document.Tokens.Count - first });
            }
        }
    }

    public static IEnumerable<TextSpan> Paragraphs(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) yield break;
            int start = i;
            int end = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            int trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1])) trimmed--;
            yield return new TextSpan(start, trimmed);
            i = end;
        }
    }

    public IEnumerable<TextSpan> Sentences(string text, TextSpan paragraph)
    {
        int start = Skip(text, paragraph.Start, paragraph.End);
        int i = start;
        while (i < paragraph.End)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                int end = i + 1;
                while (end < paragraph.End && text[end] is '.' or '!' or '?') end++;
                end = SkipClosers(text, end, paragraph.End);
                if (IsBoundary(text, i, end, paragraph.End))
                {
                    yield return new TextSpan(start, end);
                    start = Skip(text, end, paragraph.End);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int last = paragraph.End;
        while (last > start && char.IsWhiteSpace(text[last - 1])) last--;
        if (last > start) yield return new TextSpan(start, last);
    }

    private bool IsBoundary(string text, int mark, int end, int limit)
    {
        if (end >= limit) return false; // the paragraph end closes the sentence anyway
        if (!char.IsWhiteSpace(text[end])) return false;
        int next = Skip(text, end, limit);
        if (next >= limit) return false;
        char n = text[next];
        bool opens = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\'' or '(' or '[';
        if (!opens) return false;
        if (text[mark] != '.') return true;
        var word = WordBefore(text, mark);
        return !abbreviations.Contains(word);
    }

    private static string WordBefore(string text, int period)
    {
        int s = period;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.')) s--;
        return text[s..period];
    }

    private static int SkipClosers(string text, int i, int limit)
    {
        while (i < limit)
        {
            if (text[i] is '"' or '”' or '’' or '\'' or ')' or ']') { i++; continue; }
            // Footnote markers: "[1]", "[12]"
            if (text[i] == '[')
            {
                int j = i + 1;
                while (j < limit && char.IsDigit(text[j])) j++;
                if (j > i + 1 && j < limit && text[j] == ']') { i = j + 1; continue; }
            }
            break;
        }
        return i;
    }

    private static int Skip(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
