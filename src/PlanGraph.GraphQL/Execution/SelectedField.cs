using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// One field of a merged selection, ready for a planner: response key, definition, coerced arguments and
/// nodes; <see cref="SelectedFields(GraphQLObjectType)"/> descends into its own selection.
/// </summary>
public sealed class SelectedField
{
    private readonly ExecutionContext context;

    internal SelectedField(ExecutionContext context, string responseKey, GraphQLObjectType parentType, GraphQLField definition, IReadOnlyList<FieldNode> nodes, IReadOnlyDictionary<string, object?> arguments)
    {
        this.context = context;
        ResponseKey = responseKey;
        ParentType = parentType;
        Definition = definition;
        Nodes = nodes;
        Arguments = arguments;
    }

    /// <summary>The alias if given, else the field name: the key in the response.</summary>
    public string ResponseKey { get; }

    public string Name => Definition.Name;

    public GraphQLObjectType ParentType { get; }

    public GraphQLField Definition { get; }

    public IGraphQLType Type => Definition.Type;

    public IReadOnlyList<FieldNode> Nodes { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public IReadOnlyList<SelectedField> SelectedFields(GraphQLObjectType type) => context.SelectedFields(type, Nodes);

    /// <summary>The sub-fields on this field's own object type; empty for leaves and abstract types.</summary>
    public IReadOnlyList<SelectedField> SelectedFields() =>
        Validation.TypeRelations.NamedType(Type) is GraphQLObjectType type ? SelectedFields(type) : [];

    public override string ToString() => ResponseKey == Name ? Name : $"{ResponseKey}: {Name}";
}
