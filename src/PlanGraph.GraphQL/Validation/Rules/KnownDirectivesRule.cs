using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is not DirectiveNode directive)
        {
            return true;
        }

        var name = directive.Name.Value;
        if (Context.Schema.GetDirective(name) is not { } definition)
        {
            Context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [directive]));
            return true;
        }

        if (parent is not null && LocationOf(parent) is { } location && !definition.Locations.Contains(location))
        {
            Context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {DirectiveLocationName(location)}.", [directive]));
        }

        return true;
    }

    private static DirectiveLocation? LocationOf(ISyntaxNode appliedTo) => appliedTo switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };

    /// <summary>The spec's spelling of a location: FRAGMENT_SPREAD, VARIABLE_DEFINITION.</summary>
    private static string DirectiveLocationName(DirectiveLocation location) =>
        string.Concat(location.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
