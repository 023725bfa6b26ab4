using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Checks an operation against <see cref="GraphQLLimits"/> before execution: depth, estimated cost and,
/// when switched off, introspection. Fragments are expanded; validation has already ruled out cycles.
/// </summary>
public sealed class OperationComplexity
{
    private readonly GraphQLSchema schema;
    private readonly GraphQLLimits limits;
    private readonly Dictionary<string, FragmentDefinitionNode> fragments = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> errors = [];
    private readonly HashSet<string> expanding = new(StringComparer.Ordinal);
    private int maxDepth;
    private FieldNode? deepest;

    private OperationComplexity(GraphQLSchema schema, GraphQLLimits limits, DocumentNode document)
    {
        this.schema = schema;
        this.limits = limits;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public static IReadOnlyList<GraphQLError> Check(GraphQLSchema schema, GraphQLLimits limits, DocumentNode document, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        if (limits.MaxDepth is null && limits.MaxCost is null && limits.AllowIntrospection)
        {
            return [];
        }

        var analysis = new OperationComplexity(schema, limits, document);
        INamedType? root = operation.Operation switch
        {
            OperationType.Query => schema.QueryType,
            OperationType.Mutation => schema.MutationType,
            _ => schema.SubscriptionType,
        };
        var cost = analysis.Cost(operation.SelectionSet, root, 1, null);
        if (limits.MaxDepth is { } maxDepth && analysis.maxDepth > maxDepth)
        {
            analysis.errors.Add(new GraphQLError($"Query depth {analysis.maxDepth} exceeds the maximum depth of {maxDepth}.", analysis.deepest is null ? [] : [analysis.deepest]));
        }

        if (limits.MaxCost is { } maxCost && cost > maxCost)
        {
            analysis.errors.Add(new GraphQLError($"Query cost {cost} exceeds the maximum cost of {maxCost}.", [operation]));
        }

        return analysis.errors;
    }

    /// <param name="pageSize">The first/last of the enclosing connection field, which sizes the lists (nodes, edges) directly below it.</param>
    private long Cost(SelectionSetNode selectionSet, INamedType? parent, int depth, long? pageSize)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    total += FieldCost(field, parent, depth, pageSize);
                    break;
                case InlineFragmentNode inline:
                    total += Cost(inline.SelectionSet, inline.TypeCondition is null ? parent : schema.GetType(inline.TypeCondition.Name.Value), depth, pageSize);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && !expanding.Contains(fragment.Name.Value):
                    total += FragmentCost(fragment, depth, pageSize);
                    break;
            }
        }

        return Math.Min(total, long.MaxValue / 4);
    }

    // A fragment costs the same wherever it is spread with the same page size; only its depth shifts.
    // Without this, nested spreads (the introspection query's TypeRef) are walked again at every use.
    private readonly Dictionary<(string Fragment, long? PageSize), (long Cost, int Depth, FieldNode? Deepest)> fragmentCosts = [];

    private long FragmentCost(FragmentDefinitionNode fragment, int depth, long? pageSize)
    {
        if (!fragmentCosts.TryGetValue((fragment.Name.Value, pageSize), out var known))
        {
            var (outerDepth, outerDeepest) = (maxDepth, deepest);
            (maxDepth, deepest) = (0, null);
            expanding.Add(fragment.Name.Value);
            var cost = Cost(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), 1, pageSize);
            expanding.Remove(fragment.Name.Value);
            known = (cost, maxDepth, deepest);
            fragmentCosts[(fragment.Name.Value, pageSize)] = known;
            (maxDepth, deepest) = (outerDepth, outerDeepest);
        }

        // Depth 1 inside the fragment is the spread's own depth.
        if (known.Depth > 0 && depth + known.Depth - 1 > maxDepth)
        {
            maxDepth = depth + known.Depth - 1;
            deepest = known.Deepest;
        }

        return known.Cost;
    }

    private long FieldCost(FieldNode field, INamedType? parent, int depth, long? pageSize)
    {
        var name = field.Name.Value;
        if (depth > maxDepth)
        {
            maxDepth = depth;
            deepest = field;
        }

        if (!limits.AllowIntrospection && name is "__schema" or "__type")
        {
            errors.Add(new GraphQLError($"GraphQL introspection has been disabled, but the requested query contained the field \"{name}\".", [field]));
        }

        var definition = parent switch
        {
            GraphQLObjectType o => o.Fields.GetValueOrDefault(name),
            GraphQLInterfaceType i => i.Fields.GetValueOrDefault(name),
            _ => null,
        };
        if (name == "__schema")
        {
            definition = schema.MetaFields.Schema;
        }
        else if (name == "__type")
        {
            definition = schema.MetaFields.Type;
        }

        var isIntrospection = parent?.Name.StartsWith("__", StringComparison.Ordinal) == true;
        var isList = TypeRelations.Nullable(definition?.Type) is GraphQLList;
        var ownSize = PageArgument(field);

        // A Relay connection takes first/last but is not a list itself: its size applies to its nodes and edges.
        var children = field.SelectionSet is null ? 0 : Cost(field.SelectionSet, TypeRelations.NamedType(definition?.Type) as INamedType, depth + 1, isList ? null : ownSize);
        return isList && !isIntrospection ? (1 + children) * (ownSize ?? pageSize ?? limits.DefaultListSize) : 1 + children;
    }

    private static long? PageArgument(FieldNode field)
    {
        for (var i = 0; i < field.Arguments.Count; i++) // indexed: no enumerator per field per request
        {
            var argument = field.Arguments[i];
            if (argument.Name.Value is "first" or "last" && argument.Value is IntValueNode literal && long.TryParse(literal.Value, System.Globalization.CultureInfo.InvariantCulture, out var size))
            {
                return Math.Max(size, 0);
            }
        }

        return null;
    }
}
