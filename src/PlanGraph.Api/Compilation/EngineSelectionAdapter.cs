using System.Collections;
using PlanGraph.GraphQL.Execution;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Turns the engine's merged selection (its planning hook: fragments expanded, @skip/@include applied,
/// arguments coerced) into the compiler's <see cref="FieldSelection"/> tree. Below an interface, a field
/// every possible type selects alike stays unconditional; the rest carry their type as condition.
/// </summary>
public static class EngineSelectionAdapter
{
    /// <summary>The key the shaper writes the runtime type under, so the engine can complete interface values.</summary>
    public const string TypenameKey = "__typename";

    public static IReadOnlyList<FieldSelection> Convert(IReadOnlyList<SelectedField> fields, GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(schema);
        var result = new List<FieldSelection>(fields.Count);
        foreach (var field in fields)
        {
            result.Add(Convert(field, schema));
        }

        return result;
    }

    private static FieldSelection Convert(SelectedField field, GraphQLSchema schema)
    {
        var named = TypeRelations.NamedType(field.Type);
        IReadOnlyList<FieldSelection> children = named switch
        {
            GraphQLObjectType objectType => Convert(field.SelectedFields(objectType), schema),
            GraphQLInterfaceType or GraphQLUnionType => AbstractChildren(field, schema.GetPossibleTypes(named), schema),
            _ => [],
        };
        return new FieldSelection(field.Name, field.ResponseKey, field.Arguments, children);
    }

    private static List<FieldSelection> AbstractChildren(SelectedField field, IReadOnlyList<GraphQLObjectType> possibleTypes, GraphQLSchema schema)
    {
        var perType = possibleTypes.Select(type => (Type: type.Name, Fields: Convert(field.SelectedFields(type), schema))).ToList();
        var children = new List<FieldSelection>();
        if (perType.Count > 0)
        {
            foreach (var candidate in perType[0].Fields)
            {
                if (perType.All(other => other.Fields.Any(f => Same(f, candidate))))
                {
                    children.Add(candidate);
                }
            }

            foreach (var (type, fields) in perType)
            {
                children.AddRange(fields.Where(f => !children.Any(common => Same(common, f))).Select(f => f with { TypeCondition = type }));
            }
        }

        // No hidden __typename is added: the shaper names each node's type from its labels, and the engine
        // writes the shaped answer as it is (CompletedValue), so only what was asked for is in the response.
        return children;
    }

    /// <summary>Structural equality of two selections (records compare their lists by reference).</summary>
    private static bool Same(FieldSelection a, FieldSelection b) =>
        a.Name == b.Name
        && a.ResponseKey == b.ResponseKey
        && a.TypeCondition == b.TypeCondition
        && a.Arguments.Count == b.Arguments.Count
        && a.Arguments.All(entry => b.Arguments.TryGetValue(entry.Key, out var other) && SameValue(entry.Value, other))
        && a.Selections.Count == b.Selections.Count
        && a.Selections.Zip(b.Selections).All(pair => Same(pair.First, pair.Second));

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) =>
            x.Count == y.Count && x.All(entry => y.TryGetValue(entry.Key, out var other) && SameValue(entry.Value, other)),
        (string x, string y) => x == y,
        (IList x, IList y) => x.Count == y.Count && x.Cast<object?>().Zip(y.Cast<object?>()).All(pair => SameValue(pair.First, pair.Second)),
        _ => Equals(a, b),
    };
}
