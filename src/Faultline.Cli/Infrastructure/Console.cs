namespace Faultline.Cli.Infrastructure;

/// <summary>The command's standard output and error, and whether output goes to a terminal (for tables and progress bars).</summary>
public sealed class Console(TextWriter output, TextWriter error, bool interactive)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public bool Interactive { get; } = interactive;

    public static Console System() =>
        new(global::System.Console.Out, global::System.Console.Error, !global::System.Console.IsOutputRedirected);
}
