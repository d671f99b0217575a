using Faultline.Core.Claims;
using Faultline.Core.Cleaning;
using Faultline.Core.Coding;
using Faultline.Core.Documents;
using Faultline.Core.Input;
using Faultline.Core.Pipeline;
using Faultline.Core.Recognition;
using Faultline.Core.Segmentation;

namespace Faultline.Core.Analysis;

/// <summary>
/// The standard pipeline over a loaded knowledge base: built once, immutable, shared by the CLI and web requests.
/// </summary>
public sealed class Analyzer
{
    public Analyzer(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        Pipeline = new PipelineBuilder()
            .Add(new HtmlCleaner(new HtmlArticleExtractor(knowledge.HtmlHints, knowledge.Dates)))
            .Add(new PlainTextCleaner(knowledge.Furniture, new MetaLineClassifier(knowledge.Dates, knowledge.Outlets)))
            .Add(new MetadataReader(knowledge.Dates, knowledge.Outlets))
            .Add(new Segmenter(knowledge.Abbreviations))
            .Add(new EntityRecognizer(knowledge.Recognition))
            .Add(new EntityCollector(knowledge.Recognition))
            .Add(new EventCoder(knowledge.Events, knowledge.DateResolver, knowledge.Dates, knowledge.Claims.Numbers, knowledge.Recognition.References, knowledge.Recognition.Governments, knowledge.Recognition.Cues))
            .Add(new ClaimExtractor(knowledge.Claims))
            .Build();
    }

    public KnowledgeBase Knowledge { get; }

    public AnalysisPipeline Pipeline { get; }

    /// <summary>Runs the pipeline; a document with no article text left after cleaning is an input error.</summary>
    public Document Analyze(Document document)
    {
        Pipeline.Run(document);
        if (document.Sentences.Count == 0)
            throw new InputException(document.SourcePath ?? document.Id, "no article text found");
        return document;
    }

    public Document AnalyzeFile(string path, string? id = null) => Analyze(DocumentReader.Read(path, id));
}
