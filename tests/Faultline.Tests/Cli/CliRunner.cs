using Faultline.Cli;

namespace Faultline.Tests.Cli;

/// <summary>Runs the CLI in-process, as a user would call it, capturing its output and exit code.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] argv)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(argv, new Faultline.Cli.Infrastructure.Console(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
