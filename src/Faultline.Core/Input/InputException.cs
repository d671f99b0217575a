namespace Faultline.Core.Input;

/// <summary>A file that cannot be analysed; the message names the file and the reason.</summary>
public sealed class InputException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
