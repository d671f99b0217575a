using Faultline.Core.Documents;
using Faultline.Core.Knowledge;
using Faultline.Core.Segmentation;

namespace Faultline.Core.Recognition;

/// <summary>
/// Runs the recogniser once over a built-in sentence on a spare core, so that the runtime compiles its code
/// while the first article is still being cleaned: a short batch would otherwise pay that on its first document.
/// The work touches nothing shared but the read-only knowledge base.
/// </summary>
public static class WarmUp
{
    private const string Sample =
        "Lt Gen Faiz Hammed told Pakistani soldiers in Kabul that the Tehreek-e-Taliban Pakistan (TTP) and the " +
        "Center for Conflict Studies (CCS) disagreed, said Ali Raza, a researcher; the group denied it.";

    public static Task Start(RecognitionKnowledge kb) => Task.Run(() =>
    {
        var document = new Document("warm-up", Sample, SourceFormat.Text) { Text = Sample };
        var span = new TextSpan(0, Sample.Length);
        foreach (var token in Tokenizer.Tokenize(Sample, span))
            document.Tokens.Add(new Token(token, token.Of(Sample), 0));
        document.Sentences.Add(new Sentence(0, span, 0) { FirstToken = 0, TokenCount = document.Tokens.Count });
        new EntityRecognizer(kb, warm: false).Process(document);
        new EntityCollector(kb).Process(document);
    });
}
