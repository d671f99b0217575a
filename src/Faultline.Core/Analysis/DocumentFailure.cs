namespace Faultline.Core.Analysis;

/// <summary>A document that could not be analysed: which file and why.</summary>
public sealed record DocumentFailure(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
