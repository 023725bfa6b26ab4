using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.3 Leaf Field Selections: scalars and enums take no selection; objects, interfaces and unions need one.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is not FieldNode field || Context.Type is not { } type)
        {
            return true;
        }

        var name = field.Name.Value;
        var printed = TypeRelations.Print(type);
        if (TypeRelations.IsLeaf(TypeRelations.NamedType(type)))
        {
            if (field.SelectionSet is { } selections)
            {
                Context.ReportError(new GraphQLError(
                    $"Field \"{name}\" must not have a selection since type \"{printed}\" has no subfields.", [selections]));
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.ReportError(new GraphQLError(
                $"Field \"{name}\" of type \"{printed}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", [field]));
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Context.ReportError(new GraphQLError(
                $"Field \"{name}\" of type \"{printed}\" must have at least one field selected.", [field]));
        }

        return true;
    }
}
