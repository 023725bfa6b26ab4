namespace PlanGraph.GraphQL.Types;

public sealed class GraphQLInputObjectType(string name) : INamedType
{
    public string Name => name;

    public string? Description { get; set; }


    public Dictionary<string, GraphQLInputField> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Marked @oneOf: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }

    public override string ToString() => name;
}
