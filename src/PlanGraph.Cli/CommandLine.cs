using System.Reflection;

namespace PlanGraph.Cli;

/// <summary>Dispatches `plangraph VERB …` to the <see cref="ICliVerb"/> of that name.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verbs = DiscoverVerbs();
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(verbs, Console.Out);
            return args.Length == 0 ? 2 : 0;
        }

        if (!verbs.TryGetValue(args[0], out var verb))
        {
            Console.Error.WriteLine($"plangraph: unknown verb '{args[0]}'.");
            PrintUsage(verbs, Console.Error);
            return 2;
        }

        if (args.Skip(1).Any(a => a is "-h" or "--help"))
        {
            Console.Out.WriteLine($"usage: ./plangraph {verb.Summary}");
            Console.Out.WriteLine();
            Console.Out.WriteLine(verb.Help);
            return 0;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C asks the verb to stop cleanly; a second one kills the process.
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        try
        {
            return await verb.RunAsync(args[1..], cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("plangraph: cancelled.");
            return 130;
        }
    }

    private static SortedDictionary<string, ICliVerb> DiscoverVerbs()
    {
        var verbs = new SortedDictionary<string, ICliVerb>(StringComparer.Ordinal);
        foreach (var type in typeof(CommandLine).Assembly.GetTypes())
        {
            if (type is { IsAbstract: false, IsInterface: false } && typeof(ICliVerb).IsAssignableFrom(type)
                && type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is { } ctor)
            {
                var verb = (ICliVerb)ctor.Invoke(null);
                verbs.Add(verb.Name, verb);
            }
        }

        return verbs;
    }

    private static void PrintUsage(SortedDictionary<string, ICliVerb> verbs, TextWriter writer)
    {
        writer.WriteLine("usage: ./plangraph VERB [options]");
        writer.WriteLine();
        foreach (var verb in verbs.Values)
        {
            writer.WriteLine($"  {verb.Summary}");
        }

        writer.WriteLine();
        writer.WriteLine("`./plangraph VERB --help` describes a verb's options and exit codes.");
    }
}
