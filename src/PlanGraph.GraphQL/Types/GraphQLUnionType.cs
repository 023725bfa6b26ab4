namespace PlanGraph.GraphQL.Types;

public sealed class GraphQLUnionType(string name) : INamedType
{
    public string Name => name;

    public string? Description { get; set; }


    public List<GraphQLObjectType> Types { get; } = [];

    public override string ToString() => name;
}
