using Faultline.Core.Documents;

namespace Faultline.Core.Pipeline;

/// <summary>
/// One step of the analysis. A stage reads the annotations it requires and adds those it produces;
/// it never calls another stage. The pipeline checks the order of stages against these lists when built.
/// </summary>
public interface IStage
{
    string Name { get; }
    IReadOnlyCollection<string> Requires { get; }
    IReadOnlyCollection<string> Produces { get; }
    void Process(Document document);
}
