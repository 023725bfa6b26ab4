using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.1 Variable Uniqueness: one error per repeated name, pointing at every definition of it.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is OperationDefinitionNode operation)
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                {
                    Context.ReportError(new GraphQLError(
                        $"There can be only one variable named \"${group.Key}\".",
                        [.. group.Select(v => (ISyntaxNode)v.Variable.Name)]));
                }
            }
        }

        return true;
    }
}
