using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.2.1 Lone Anonymous Operation: an operation without a name must be the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int operationCount;

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case DocumentNode document:
                operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                return true;
            case OperationDefinitionNode operation:
                if (operation.Name is null && operationCount > 1)
                {
                    Context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", [operation]));
                }

                return true;
            default:
                return true;
        }
    }
}
