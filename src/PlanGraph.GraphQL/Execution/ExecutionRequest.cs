namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// One GraphQL request: the document text, the operation to run, variables as JSON-like values
/// (dictionaries, lists, strings, numbers, booleans, null), and an application context for resolvers.
/// </summary>
public sealed record ExecutionRequest(string Query)
{
    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public object? Context { get; init; }

    public object? RootValue { get; init; }

    /// <summary>Operations this request may run; GraphQL over HTTP GET allows only queries.</summary>
    public IReadOnlySet<Language.OperationType>? AllowedOperations { get; init; }
}
