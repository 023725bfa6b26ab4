namespace PlanGraph.Cli;

/// <summary>
/// One `plangraph VERB …` command. Verbs are discovered by reflection, so adding a verb is adding
/// one file and no central list has to change.
/// </summary>
internal interface ICliVerb
{
    /// <summary>The word typed after `plangraph`.</summary>
    string Name { get; }

    /// <summary>One line for the usage text, e.g. "neo4j start|stop|status|reset — manage the local Neo4j".</summary>
    string Summary { get; }

    /// <summary>
    /// What `plangraph VERB --help` prints after the summary: the options, one per line, and the exit codes.
    /// </summary>
    string Help { get; }

    /// <summary>Runs the verb with the arguments after its name; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
