using Faultline.Cli.Commands;
using Faultline.Cli.Infrastructure;
using Faultline.Core.Knowledge;

namespace Faultline.Cli;

public static class Program
{
    public static ICommand[] Commands() =>
    [
        new ExtractCommand(),
        new AnalyzeCommand(),
        new DocumentsCommand(),
        new EventsCommand(),
        new ClaimsCommand(),
        new ActorsCommand(),
        new ActorsCommand(people: true),
        new EntitiesCommand("places", "list places across stored documents", s => s.Places()),
        new TimelineCommand(),
        new DyadCommand(),
        new BenchCommand(),
        new EvalCommand(),
        new ServeCommand(),
        new DemoCommand(),
    ];

    public static int Main(string[] argv) => Run(argv, Infrastructure.Console.System());

    public static int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var commands = Commands();
        if (argv.Count == 0 || argv[0] is "-h" or "--help" or "help")
        {
            PrintHelp(commands, console.Out);
            return argv.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        var command = commands.FirstOrDefault(c => c.Name == argv[0]);
        if (command is null)
        {
            console.Error.WriteLine($"error: unknown command '{argv[0]}' (try 'faultline help')");
            return ExitCodes.Usage;
        }
        if (argv.Skip(1).Any(a => a is "-h" or "--help"))
        {
            console.Out.WriteLine($"usage: {command.Usage}\n\n{command.Summary}");
            return ExitCodes.Ok;
        }
        try
        {
            return command.Run(argv.Skip(1).ToList(), console);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"error: {e.Message}\nusage: {command.Usage}");
            return ExitCodes.Usage;
        }
        catch (Storage.StoreException e)
        {
            console.Error.WriteLine($"error: database: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (KnowledgeException e)
        {
            console.Error.WriteLine($"error: knowledge base: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static void PrintHelp(IEnumerable<ICommand> commands, TextWriter output)
    {
        output.WriteLine("faultline: sourced, CAMEO-coded event data from conflict reporting\n\ncommands:");
        foreach (var c in commands) output.WriteLine($"  {c.Name,-10} {c.Summary}");
        output.WriteLine("\n'faultline COMMAND --help' shows a command's options.");
    }
}
