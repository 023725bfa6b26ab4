using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.3 All Variable Uses Defined: every variable an operation uses, also through its fragments, is defined by it.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> defined = new(StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                defined.Clear();
                break;
            case VariableDefinitionNode definition:
                defined.Add(definition.Variable.Name.Value);
                break;
        }

        return true;
    }

    public override void Leave(ISyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Context.ReportError(new GraphQLError(message, [usage.Node, operation]));
            }
        }
    }
}
