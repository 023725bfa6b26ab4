using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// What a resolver knows (graphql-js GraphQLResolveInfo): the parent value, coerced arguments, the field's
/// nodes and types, its response path, and — the planning hook — the whole merged selection below it
/// through <see cref="SelectedFields()"/>, with fragments expanded, @skip/@include applied and arguments coerced.
/// </summary>
public sealed class ResolveInfo
{
    private readonly ExecutionContext context;

    internal ResolveInfo(ExecutionContext context, object? source, GraphQLObjectType parentType, GraphQLField field, IReadOnlyList<FieldNode> fieldNodes, IReadOnlyDictionary<string, object?> arguments, IReadOnlyList<object> path)
    {
        this.context = context;
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Arguments = arguments;
        Path = path;
    }

    public object? Source { get; }

    public GraphQLObjectType ParentType { get; }

    public GraphQLField Field { get; }

    public string FieldName => Field.Name;

    public IGraphQLType ReturnType => Field.Type;

    /// <summary>Every node of this field in the merged selection (one per place it was selected).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Response keys and list indices from the root to this field.</summary>
    public IReadOnlyList<object> Path { get; }

    public GraphQLSchema Schema => context.Schema.Schema;

    public OperationDefinitionNode Operation => context.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => context.Fragments;

    public IReadOnlyDictionary<string, object?> Variables => context.Variables;

    /// <summary>The application object given with the request (e.g. a database session).</summary>
    public object? Context => context.Request.Context;

    public CancellationToken CancellationToken => context.CancellationToken;

    /// <summary>An argument's coerced value, or default when it is absent or null.</summary>
    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The sub-fields selected on this field when its named type is the object type <paramref name="type"/>.</summary>
    public IReadOnlyList<SelectedField> SelectedFields(GraphQLObjectType type) => context.SelectedFields(type, FieldNodes);

    /// <summary>The sub-fields selected on this field's own object type; empty for leaves and abstract types (use the overload per possible type).</summary>
    public IReadOnlyList<SelectedField> SelectedFields() =>
        Validation.TypeRelations.NamedType(ReturnType) is GraphQLObjectType type ? SelectedFields(type) : [];
}
