namespace Faultline.Core.Evaluation;

/// <summary>How many of the checked cases were right; no value when nothing was checked.</summary>
public sealed class Accuracy
{
    public int Ok { get; private set; }
    public int N { get; private set; }

    public void Add(bool good)
    {
        N++;
        if (good) Ok++;
    }

    public double? Value => N > 0 ? (double)Ok / N : null;
}
