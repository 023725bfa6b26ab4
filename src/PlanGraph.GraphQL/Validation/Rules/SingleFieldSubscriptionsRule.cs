using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an
/// introspection field. Fields are collected as execution would (fragments, literal @skip/@include).
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private bool fragmentsCounted;

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        if (!fragmentsCounted)
        {
            // graphql-js indexes the document's fragments once, at a cost of one unit per definition.
            Context.SpendFragmentWork(Context.Document.Definitions.Count);
            fragmentsCounted = true;
        }

        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(subscriptionType, operation.SelectionSet, grouped, order, new HashSet<string>(StringComparer.Ordinal));
        var name = operation.Name?.Value;
        if (order.Count > 1)
        {
            var extra = order.Skip(1).SelectMany(key => grouped[key]).Cast<ISyntaxNode>().ToList();
            Context.ReportError(new GraphQLError(
                name is not null
                    ? $"Subscription \"{name}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra));
        }

        foreach (var key in order)
        {
            var fields = grouped[key];
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError(new GraphQLError(
                    name is not null
                        ? $"Subscription \"{name}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    [.. fields]));
            }
        }

        return true;
    }

    private void Collect(GraphQLObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> grouped, List<string> order, HashSet<string> visitedFragments)
    {
        ReserveWork(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when IsIncluded(field.Directives):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped[key] = list = [];
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when IsIncluded(inline.Directives) && Applies(inline.TypeCondition, type):
                    Collect(type, inline.SelectionSet, grouped, order, visitedFragments);
                    break;
                case FragmentSpreadNode spread when IsIncluded(spread.Directives):
                    var fragmentName = spread.Name.Value;
                    if (!visitedFragments.Add(fragmentName))
                    {
                        break;
                    }

                    if (Context.GetFragment(fragmentName) is { } fragment && Applies(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, grouped, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>Charges a selection set's selections, their directives and @skip/@include arguments to the work budget.</summary>
    private void ReserveWork(SelectionSetNode selectionSet)
    {
        Context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            var directives = selection switch
            {
                FieldNode f => f.Directives,
                FragmentSpreadNode s => s.Directives,
                InlineFragmentNode i => i.Directives,
                _ => [],
            };
            Context.SpendFragmentWork(directives.Count);
            foreach (var directive in directives.Where(d => d.Name.Value is "skip" or "include"))
            {
                Context.SpendFragmentWork(directive.Arguments.Count);
            }
        }
    }

    private bool Applies(NamedTypeNode? condition, GraphQLObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = TypeRelations.FromAst(Context.Schema, condition);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return TypeRelations.IsAbstract(conditionType) && Context.Schema.IsSubType(conditionType!, type);
    }

    /// <summary>Literal @skip(if: true) and @include(if: false) drop a selection; variables count as not given.</summary>
    private static bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
            if (directive.Name.Value == "skip" && condition is BooleanValueNode { Value: true })
            {
                return false;
            }

            if (directive.Name.Value == "include" && condition is BooleanValueNode { Value: false })
            {
                return false;
            }
        }

        return true;
    }
}
