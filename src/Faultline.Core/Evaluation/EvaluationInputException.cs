namespace Faultline.Core.Evaluation;

/// <summary>Gold or system input that cannot be scored: which file or folder and why.</summary>
public sealed class EvaluationInputException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
