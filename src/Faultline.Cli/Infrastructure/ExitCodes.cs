namespace Faultline.Cli.Infrastructure;

/// <summary>Exit codes: 0 success, 1 some input failed (the rest was processed), 2 usage error, 3 internal or storage failure.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeInputFailed = 1;
    public const int Usage = 2;
    public const int Failure = 3;
}
