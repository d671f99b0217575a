using Faultline.Core.Documents;

namespace Faultline.Core.Pipeline;

/// <summary>An immutable, ordered list of stages, safe to share between threads and requests.</summary>
public sealed class AnalysisPipeline
{
    private readonly IStage[] _stages;

    internal AnalysisPipeline(IStage[] stages) => _stages = stages;

    public IReadOnlyList<IStage> Stages => _stages;

    public Document Run(Document document)
    {
        foreach (var stage in _stages)
        {
            stage.Process(document);
            document.Stages.Add(stage.Name);
        }
        return document;
    }
}
