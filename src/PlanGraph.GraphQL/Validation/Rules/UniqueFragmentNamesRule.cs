using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                var name = fragment.Name;
                if (known.TryGetValue(name.Value, out var first))
                {
                    Context.ReportError(new GraphQLError($"There can be only one fragment named \"{name.Value}\".", [first, name]));
                }
                else
                {
                    known[name.Value] = name;
                }

                return false;
            default:
                return true;
        }
    }
}
