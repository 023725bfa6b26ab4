using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.3 Fragment Spread Is Possible: some object type must be both the fragment's type and the parent's.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                {
                    var fragmentType = Context.Type;
                    var parentType = Context.ParentType;
                    if (TypeRelations.IsComposite(fragmentType) && TypeRelations.IsComposite(parentType)
                        && !TypeRelations.DoTypesOverlap(Context.Schema, fragmentType!, parentType!))
                    {
                        Context.ReportError(new GraphQLError(
                            $"Fragment cannot be spread here as objects of type \"{TypeRelations.Print(parentType!)}\" can never be of type \"{TypeRelations.Print(fragmentType!)}\".",
                            [inline]));
                    }

                    break;
                }

            case FragmentSpreadNode spread:
                {
                    var name = spread.Name.Value;
                    var fragmentType = Context.GetFragment(name) is { } fragment
                        ? TypeRelations.FromAst(Context.Schema, fragment.TypeCondition)
                        : null;
                    var parentType = Context.ParentType;
                    if (TypeRelations.IsComposite(fragmentType) && parentType is not null
                        && !TypeRelations.DoTypesOverlap(Context.Schema, fragmentType!, parentType))
                    {
                        Context.ReportError(new GraphQLError(
                            $"Fragment \"{name}\" cannot be spread here as objects of type \"{TypeRelations.Print(parentType)}\" can never be of type \"{TypeRelations.Print(fragmentType!)}\".",
                            [spread]));
                    }

                    break;
                }
        }

        return true;
    }
}
