using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, bool> unique = context.Schema.Directives
        .ToDictionary(d => d.Name, d => !d.IsRepeatable, StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (DirectivesOf(node) is not { Count: > 0 } directives)
        {
            return true;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!unique.GetValueOrDefault(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Context.ReportError(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", [first, directive]));
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private static IReadOnlyList<DirectiveNode>? DirectivesOf(ISyntaxNode node) => node switch
    {
        OperationDefinitionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        FieldNode n => n.Directives,
        FragmentSpreadNode n => n.Directives,
        InlineFragmentNode n => n.Directives,
        FragmentDefinitionNode n => n.Directives,
        _ => null,
    };
}
