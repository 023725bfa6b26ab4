namespace PlanGraph.GraphQL.Types;

/// <summary>An interface type: fields by name in definition order, and the interfaces it implements.</summary>
public sealed class GraphQLInterfaceType(string name) : INamedType
{
    public string Name => name;

    public string? Description { get; set; }


    public Dictionary<string, GraphQLField> Fields { get; } = new(StringComparer.Ordinal);

    public List<GraphQLInterfaceType> Interfaces { get; } = [];

    public override string ToString() => name;
}
