using Spectre.Console;

namespace Faultline.Cli.Infrastructure;

/// <summary>A progress bar on the terminal's error stream while many files are processed; nothing when redirected.</summary>
public static class Progress
{
    private const int MinItemsForBar = 3;

    public static void Run<T>(Console console, string label, IReadOnlyList<T> items, Action<T> work)
    {
        if (!console.Interactive || global::System.Console.IsErrorRedirected || items.Count < MinItemsForBar)
        {
            foreach (var item in items) work(item);
            return;
        }
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(global::System.Console.Error) });
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: items.Count);
                foreach (var item in items)
                {
                    work(item);
                    task.Increment(1);
                }
            });
    }
}
