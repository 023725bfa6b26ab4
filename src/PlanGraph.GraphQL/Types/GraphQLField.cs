namespace PlanGraph.GraphQL.Types;

/// <summary>A field of an object or interface type: its result type and arguments.</summary>
public sealed record GraphQLField(string Name, IGraphQLType Type, IReadOnlyList<GraphQLArgument> Arguments)
{
    /// <summary>The description from the SDL (spec §3.2), or null.</summary>
    public string? Description { get; init; }

    /// <summary>Why it is deprecated (@deprecated), or null when it is not.</summary>
    public string? DeprecationReason { get; init; }
}
