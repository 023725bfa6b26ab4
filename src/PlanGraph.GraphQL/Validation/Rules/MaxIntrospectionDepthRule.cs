using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>
/// Not in the spec but in graphql-js's specified rules (a recommended rule): an introspection query may
/// nest the list fields fields/interfaces/possibleTypes/inputFields at most twice, which stops cheap
/// exponential introspection queries. Fragment checks are memoised by the list depth they were entered at.
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListsDepth = 3;
    private readonly Dictionary<string, int> checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> exceededFragments = new(StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is FieldNode field && field.Name.Value is "__schema" or "__type"
            && ExceedsDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            Context.ReportError(new GraphQLError("Maximum introspection depth exceeded", [field]));
            return false;
        }

        return true;
    }

    private bool ExceedsDepth(ISyntaxNode node, Dictionary<string, int> visitedFragments, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (exceededFragments.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            if ((visitedFragments.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                || (checkedFragments.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
            {
                return false;
            }

            if (Context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visitedFragments[name] = depth;
            if (ExceedsDepth(fragment, visitedFragments, depth))
            {
                exceededFragments[name] = depth;
                return true;
            }

            checkedFragments[name] = depth;
            return false;
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
        {
            depth++;
            if (depth >= MaxListsDepth)
            {
                return true;
            }
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        return selectionSet is not null && selectionSet.Selections.Any(child => ExceedsDepth(child, visitedFragments, depth));
    }
}
