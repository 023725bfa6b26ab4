namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// What one request may ask of the server; each limit, when exceeded, is a request error that names it.
/// Null switches a limit off.
/// </summary>
public sealed record GraphQLLimits
{
    public static GraphQLLimits Default { get; } = new();

    /// <summary>Characters of the document text.</summary>
    public int? MaxDocumentLength { get; init; } = 200_000;

    /// <summary>Lexical tokens of the document (graphql-js parse option maxTokens).</summary>
    public int? MaxTokens { get; init; } = 50_000;

    /// <summary>Nesting of selection sets, fragments expanded; a root field is at depth 1.</summary>
    public int? MaxDepth { get; init; } = 25;

    /// <summary>Estimated cost: each field 1 plus its sub-selection, times first/last (or <see cref="DefaultListSize"/>) for list fields.</summary>
    public int? MaxCost { get; init; } = 100_000;

    /// <summary>The assumed length of a list field without a first or last argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>When false, __schema and __type are rejected.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Execution time after which the request stops with an error.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>No limits at all, for trusted callers and benchmarks.</summary>
    public static GraphQLLimits None { get; } = new()
    {
        MaxDocumentLength = null,
        MaxTokens = null,
        MaxDepth = null,
        MaxCost = null,
        Timeout = null,
    };
}
