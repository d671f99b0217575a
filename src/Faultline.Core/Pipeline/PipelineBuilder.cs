namespace Faultline.Core.Pipeline;

/// <summary>Collects stages in order and checks, once, that each one's requirements are produced before it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder Add(IStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public AnalysisPipeline Build()
    {
        var available = new HashSet<string> { Annotations.Raw };
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage produces.");
            available.UnionWith(stage.Produces);
        }
        return new AnalysisPipeline([.. _stages]);
    }
}
