using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is VariableDefinitionNode definition
            && TypeRelations.FromAst(Context.Schema, definition.Type) is { } type
            && !TypeRelations.IsInput(type))
        {
            Context.ReportError(new GraphQLError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{TypeRelations.Print(type)}\".",
                [definition.Type]));
        }

        return true;
    }
}
