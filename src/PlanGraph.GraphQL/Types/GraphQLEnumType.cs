namespace PlanGraph.GraphQL.Types;

public sealed class GraphQLEnumType(string name) : INamedType
{
    public string Name => name;

    public string? Description { get; set; }


    public List<GraphQLEnumValue> Values { get; } = [];

    public GraphQLEnumValue? GetValue(string valueName) => Values.FirstOrDefault(v => v.Name == valueName);

    public override string ToString() => name;
}
