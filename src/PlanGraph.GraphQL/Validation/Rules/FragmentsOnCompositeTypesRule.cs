using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.3 Fragments On Composite Types: a type condition names an object, interface or union.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (TypeRelations.FromAst(Context.Schema, condition) is { } inlineType && !TypeRelations.IsComposite(inlineType))
                {
                    Context.ReportError(new GraphQLError(
                        $"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", [condition]));
                }

                break;
            case FragmentDefinitionNode fragment:
                if (TypeRelations.FromAst(Context.Schema, fragment.TypeCondition) is { } type && !TypeRelations.IsComposite(type))
                {
                    Context.ReportError(new GraphQLError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                        [fragment.TypeCondition]));
                }

                break;
        }

        return true;
    }
}
