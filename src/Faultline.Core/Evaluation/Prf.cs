namespace Faultline.Core.Evaluation;

/// <summary>True and false positive and false negative counts; precision or recall with nothing to count is 1.</summary>
public sealed class Prf
{
    public int Tp { get; private set; }
    public int Fp { get; private set; }
    public int Fn { get; private set; }

    public void Add(int tp, int fp, int fn)
    {
        Tp += tp;
        Fp += fp;
        Fn += fn;
    }

    public double Precision => Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 1.0;

    public double Recall => Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 1.0;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;
}
