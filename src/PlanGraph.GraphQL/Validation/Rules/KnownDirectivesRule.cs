using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    // The nodes from the root to the current one: an argument definition's location depends on its grandparent.
    private readonly List<ISyntaxNode> ancestors = [];

    public override void Leave(ISyntaxNode node) => ancestors.RemoveAt(ancestors.Count - 1);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        ancestors.Add(node);
        if (node is not DirectiveNode directive)
        {
            return true;
        }

        var name = directive.Name.Value;
        if (Context.GetDirectiveShape(name) is not { } definition)
        {
            Context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [directive]));
            return true;
        }

        if (parent is not null && LocationOf(parent, ancestors.Count >= 3 ? ancestors[^3] : null) is { } location && !definition.Locations.Contains(DirectiveLocations.Name(location)))
        {
            Context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {DirectiveLocations.Name(location)}.", [directive]));
        }

        return true;
    }

    private static DirectiveLocation? LocationOf(ISyntaxNode appliedTo, ISyntaxNode? grandparent) => appliedTo switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode => DirectiveLocation.Schema,
        TypeDefinitionNode type => type.Kind switch
        {
            TypeDefinitionKind.Scalar => DirectiveLocation.Scalar,
            TypeDefinitionKind.Object => DirectiveLocation.Object,
            TypeDefinitionKind.Interface => DirectiveLocation.Interface,
            TypeDefinitionKind.Union => DirectiveLocation.Union,
            TypeDefinitionKind.Enum => DirectiveLocation.Enum,
            _ => DirectiveLocation.InputObject,
        },
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputValueDefinitionNode => grandparent is TypeDefinitionNode { Kind: TypeDefinitionKind.InputObject }
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };
}
