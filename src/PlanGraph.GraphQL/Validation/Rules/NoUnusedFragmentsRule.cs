using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.4 Fragments Must Be Used: every fragment is reachable from some operation.</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<OperationDefinitionNode> operations = [];
    private readonly List<FragmentDefinitionNode> fragments = [];

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                operations.Add(operation);
                return false;
            case FragmentDefinitionNode fragment:
                fragments.Add(fragment);
                return false;
            default:
                return true;
        }
    }

    public override void Leave(ISyntaxNode node)
    {
        if (node is not DocumentNode)
        {
            return;
        }

        var used = Context.GetRecursivelyReferencedFragments(operations).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);

        foreach (var fragment in fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                Context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", [fragment]));
            }
        }
    }
}
