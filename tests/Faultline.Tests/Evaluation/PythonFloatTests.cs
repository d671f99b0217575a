using Faultline.Core.Evaluation;

namespace Faultline.Tests.Evaluation;

/// <summary>Expected values are what Python 3 prints for repr() and round().</summary>
public sealed class PythonFloatTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.667, "0.667")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123456789.0, "123456789.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    public void ReprPrintsAsPythonDoes(double x, string expected) => Assert.Equal(expected, PythonFloat.Repr(x));

    [Theory]
    [InlineData(2.675, 2, 2.67)]
    [InlineData(0.6665, 3, 0.666)]
    [InlineData(0.0005, 3, 0.001)]
    [InlineData(0.0015, 3, 0.002)]
    [InlineData(2.0 / 3, 3, 0.667)]
    public void RoundIsHalfEvenOnTheExactBinaryValue(double x, int digits, double expected) =>
        Assert.Equal(expected, PythonFloat.Round(x, digits));
}
