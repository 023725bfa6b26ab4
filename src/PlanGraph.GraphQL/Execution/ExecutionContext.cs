using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Execution;

/// <summary>The state of one execution: operation, fragments, coerced variables, the errors so far.</summary>
internal sealed class ExecutionContext(ExecutableSchema schema, ExecutionRequest request, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
{
    private readonly List<ResponseError> errors = [];

    // Every item of a list completes the same sub-selection: collect it once per type and field nodes (graphql-js memoises too).
    // Made on first use: an answer a planner wrote whole (SerializedValue) completes no sub-selection.
    private System.Collections.Concurrent.ConcurrentDictionary<(GraphQLObjectType, IReadOnlyList<FieldNode>), Dictionary<string, List<FieldNode>>>? subFields;

    public ExecutableSchema Schema => schema;

    public ExecutionRequest Request => request;

    public OperationDefinitionNode Operation => operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => fragments;

    public IReadOnlyDictionary<string, object?> Variables => variables;

    public CancellationToken CancellationToken => cancellationToken;

    public InputCoercion Coercion { get; } = new(schema.Schema, schema.Resolvers);

    // A field node's arguments depend only on the node and the (fixed) variables: every item of a list
    // that selects the node gets the same values, so coerce them once per execution.
    // Made on first use, as subFields.
    private System.Collections.Concurrent.ConcurrentDictionary<(GraphQLField, FieldNode), IReadOnlyDictionary<string, object?>>? arguments;

    /// <summary>The coerced arguments of a field node (CoerceArgumentValues, spec §6.4.1), computed once.</summary>
    /// <exception cref="GraphQLError">A value cannot be coerced.</exception>
    public IReadOnlyDictionary<string, object?> ArgumentsOf(GraphQLField definition, FieldNode node)
    {
        var known = LazyInitializer.EnsureInitialized(ref arguments);
        return known.TryGetValue((definition, node), out var coerced)
            ? coerced
            : known.GetOrAdd((definition, node), Coercion.CoerceArgumentValues(definition.Arguments, node.Arguments, variables, node));
    }

    public IReadOnlyList<ResponseError> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    public void AddError(ResponseError error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }

    /// <summary>CollectFields (spec §6.3.2) over the selection sets of several nodes of one field, merged in order.</summary>
    public Dictionary<string, List<FieldNode>> CollectSubFields(GraphQLObjectType type, IReadOnlyList<FieldNode> nodes) =>
        LazyInitializer.EnsureInitialized(ref subFields).GetOrAdd((type, nodes), static (key, self) => self.CollectSubFieldsOnce(key.Item1, key.Item2), this);

    private Dictionary<string, List<FieldNode>> CollectSubFieldsOnce(GraphQLObjectType type, IReadOnlyList<FieldNode> nodes)
    {
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                CollectFields(type, selectionSet, fields, visited);
            }
        }

        return fields;
    }

    public void CollectFields(GraphQLObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline.Directives) && Applies(inline.TypeCondition, type):
                    CollectFields(type, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when ShouldInclude(spread.Directives) && visitedFragments.Add(spread.Name.Value):
                    if (fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>The planning view of a merged selection: fields with definitions and coerced arguments.</summary>
    public IReadOnlyList<SelectedField> SelectedFields(GraphQLObjectType type, IReadOnlyList<FieldNode> nodes) => SelectedFields(type, CollectSubFields(type, nodes));

    /// <summary>The planning view of fields already collected on <paramref name="type"/> (the root selection).</summary>
    public IReadOnlyList<SelectedField> SelectedFields(GraphQLObjectType type, Dictionary<string, List<FieldNode>> collected)
    {
        var result = new List<SelectedField>(collected.Count);
        foreach (var (key, fieldNodes) in collected)
        {
            var definition = Executor.FieldDefinition(schema.Schema, type, fieldNodes[0].Name.Value);
            if (definition is null)
            {
                continue;
            }

            var arguments = Coercion.CoerceArgumentValues(definition.Arguments, fieldNodes[0].Arguments, variables, fieldNodes[0]);
            result.Add(new SelectedField(this, key, type, definition, fieldNodes, arguments));
        }

        return result;
    }

    private bool Applies(NamedTypeNode? condition, GraphQLObjectType type)
    {
        if (condition is null || condition.Name.Value == type.Name)
        {
            return true;
        }

        var conditionType = schema.Schema.GetType(condition.Name.Value);
        return conditionType is GraphQLInterfaceType or GraphQLUnionType && schema.Schema.IsSubType(conditionType, type);
    }

    /// <summary>@skip(if:) and @include(if:) (spec §3.13.2, §3.13.3).</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = schema.Schema.GetDirective(name);
            if (definition is null)
            {
                continue;
            }

            var arguments = Coercion.CoerceArgumentValues(definition.Arguments, directive.Arguments, variables, directive);
            var condition = arguments.GetValueOrDefault("if") is true;
            if ((name == "skip" && condition) || (name == "include" && !condition))
            {
                return false;
            }
        }

        return true;
    }
}
