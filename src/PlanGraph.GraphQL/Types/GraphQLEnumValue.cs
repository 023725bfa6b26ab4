namespace PlanGraph.GraphQL.Types;

public sealed record GraphQLEnumValue(string Name, string? DeprecationReason)
{
    /// <summary>The description from the SDL (spec §3.2), or null.</summary>
    public string? Description { get; init; }
}
