namespace PlanGraph.GraphQL.Types;

/// <summary>A schema: its named types (introspection types included), root operation types and directives.</summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, INamedType> typesByName;
    private readonly Dictionary<string, GraphQLDirective> directivesByName;
    private (GraphQLField, GraphQLField, GraphQLField)? metaFields;

    public GraphQLSchema(IReadOnlyList<INamedType> types, IReadOnlyList<GraphQLDirective> directives, GraphQLObjectType? queryType, GraphQLObjectType? mutationType, GraphQLObjectType? subscriptionType)
    {
        Types = types;
        Directives = directives;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        typesByName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        directivesByName = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<INamedType> Types { get; }

    /// <summary>References of the wrong kind the SDL made (implementing an object, a union of interfaces), left out of the types; <see cref="SchemaValidator"/> reports them.</summary>
    public IReadOnlyList<string> ReferenceProblems { get; init; } = [];

    /// <summary>The description of the schema definition (spec §3.3), or null.</summary>
    public string? Description { get; init; }

    public IReadOnlyList<GraphQLDirective> Directives { get; }

    public GraphQLObjectType? QueryType { get; }

    public GraphQLObjectType? MutationType { get; }

    public GraphQLObjectType? SubscriptionType { get; }

    /// <summary>__schema, __type and __typename, typed against this schema's introspection types.</summary>
    public (GraphQLField Schema, GraphQLField Type, GraphQLField TypeName) MetaFields => metaFields ??= Introspection.MetaFields(this);

    public INamedType? GetType(string name) => typesByName.GetValueOrDefault(name);

    public GraphQLDirective? GetDirective(string name) => directivesByName.GetValueOrDefault(name);

    /// <summary>The object types a value of an abstract type can have, in schema order.</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(IGraphQLType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLInterfaceType @interface => [.. Types.OfType<GraphQLObjectType>().Where(o => o.Interfaces.Contains(@interface))],
        _ => [],
    };

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IGraphQLType abstractType, IGraphQLType maybeSubType) => (abstractType, maybeSubType) switch
    {
        (GraphQLUnionType union, GraphQLObjectType o) => union.Types.Contains(o),
        (GraphQLInterfaceType i, GraphQLObjectType o) => o.Interfaces.Contains(i),
        (GraphQLInterfaceType i, GraphQLInterfaceType sub) => sub.Interfaces.Contains(i),
        _ => false,
    };
}
