namespace PlanGraph.Cli;

/// <summary>The `plangraph` verbs; each verb lives in its own file.</summary>
internal static class CommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("usage: plangraph neo4j start|stop|status|reset");
        return Task.FromResult(args.Length == 0 ? 2 : 2);
    }
}
