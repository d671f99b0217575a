namespace Faultline.Cli.Infrastructure;

/// <summary>One CLI command: its name, a one-line summary, its usage text, and the work.</summary>
public interface ICommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }
    int Run(IReadOnlyList<string> argv, Console console);
}
