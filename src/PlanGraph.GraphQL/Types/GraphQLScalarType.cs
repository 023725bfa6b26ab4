namespace PlanGraph.GraphQL.Types;

/// <summary>A scalar: one of the five built in (spec §3.5) or a custom one.</summary>
public sealed class GraphQLScalarType(string name) : INamedType
{
    public string Name => name;

    public override string ToString() => name;
}
