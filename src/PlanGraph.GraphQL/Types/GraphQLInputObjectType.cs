namespace PlanGraph.GraphQL.Types;

public sealed class GraphQLInputObjectType(string name) : INamedType
{
    public string Name => name;

    public Dictionary<string, GraphQLInputField> Fields { get; } = new(StringComparer.Ordinal);

    public override string ToString() => name;
}
