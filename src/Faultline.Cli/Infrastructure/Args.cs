namespace Faultline.Cli.Infrastructure;

/// <summary>
/// The parsed command line of one command: positional arguments, options with values (--db FILE or --db=FILE)
/// and flags. Unknown options are errors, so that a typo never silently does something else.
/// </summary>
public sealed class Args
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static Args Parse(IEnumerable<string> argv, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var args = new Args();
        var queue = new Queue<string>(argv);
        while (queue.Count > 0)
        {
            var a = queue.Dequeue();
            if (a == "--")
            {
                args.Positional.AddRange(queue);
                break;
            }
            if (!a.StartsWith("--") || a.Length == 2)
            {
                args.Positional.Add(a);
                continue;
            }
            var name = a[2..];
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0) (name, value) = (name[..eq], name[(eq + 1)..]);
            if (flagOptions.Contains(name) && value is null)
            {
                args._flags.Add(name);
                continue;
            }
            if (!valueOptions.Contains(name))
                throw new UsageException($"unknown option --{name}");
            if (value is null)
            {
                if (queue.Count == 0) throw new UsageException($"option --{name} needs a value");
                value = queue.Dequeue();
            }
            if (!args._options.TryGetValue(name, out var list)) args._options[name] = list = [];
            list.Add(value);
        }
        return args;
    }

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public string Get(string name, string fallback) => Get(name) ?? fallback;

    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public bool Has(string name) => _flags.Contains(name);

    public int GetInt(string name, int fallback)
    {
        var v = Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, out var n) && n >= 0 ? n : throw new UsageException($"--{name} must be a non-negative whole number, got '{v}'");
    }

    public string Choice(string name, string fallback, params string[] allowed)
    {
        var v = Get(name, fallback);
        return allowed.Contains(v) ? v : throw new UsageException($"--{name} must be one of {string.Join(", ", allowed)}, got '{v}'");
    }
}

/// <summary>A mistake on the command line: reported with the command's usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
