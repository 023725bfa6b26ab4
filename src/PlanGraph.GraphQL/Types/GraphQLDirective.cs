namespace PlanGraph.GraphQL.Types;

public sealed record GraphQLDirective(string Name, IReadOnlyList<DirectiveLocation> Locations, IReadOnlyList<GraphQLArgument> Arguments, bool IsRepeatable)
{
    /// <summary>The description from the SDL (spec §3.2), or null.</summary>
    public string? Description { get; init; }
}
