using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{

    private readonly Dictionary<string, DirectiveNode> schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives = new(StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (DirectivesOf(node) is not { Count: > 0 } directives)
        {
            return true;
        }

        // A type's definition and its extensions share one location, as do all schema definitions.
        var seen = node switch
        {
            SchemaDefinitionNode => schemaDirectives,
            TypeDefinitionNode type => typeDirectives.TryGetValue(type.Name.Value, out var existing)
                ? existing
                : typeDirectives[type.Name.Value] = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (Context.GetDirectiveShape(name) is not { IsRepeatable: false })
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
        SchemaDefinitionNode n => n.Directives,
        TypeDefinitionNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        _ => null,
    };
}
