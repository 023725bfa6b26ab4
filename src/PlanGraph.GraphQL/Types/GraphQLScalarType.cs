namespace PlanGraph.GraphQL.Types;

/// <summary>A scalar: one of the five built in (spec §3.5) or a custom one.</summary>
public sealed class GraphQLScalarType(string name) : INamedType
{
    public string Name => name;

    public string? Description { get; set; }

    /// <summary>The URL of the scalar's specification (@specifiedBy), or null.</summary>
    public string? SpecifiedByUrl { get; set; }


    public override string ToString() => name;
}
