namespace PlanGraph.GraphQL.Types;

public sealed class GraphQLUnionType(string name) : INamedType
{
    public string Name => name;

    public List<GraphQLObjectType> Types { get; } = [];

    public override string ToString() => name;
}
