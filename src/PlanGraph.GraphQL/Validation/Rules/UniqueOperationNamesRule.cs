using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                if (operation.Name is { } name)
                {
                    if (known.TryGetValue(name.Value, out var first))
                    {
                        Context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [first, name]));
                    }
                    else
                    {
                        known[name.Value] = name;
                    }
                }

                return false;
            case FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
