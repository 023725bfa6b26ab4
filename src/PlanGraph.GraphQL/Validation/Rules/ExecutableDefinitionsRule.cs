using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.1.1 Executable Definitions: a document sent for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode or FragmentDefinitionNode)
            {
                continue;
            }

            var name = definition is SchemaDefinitionNode
                ? "schema"
                : "\"" + DefinitionName(definition) + "\"";
            Context.ReportError(new GraphQLError($"The {name} definition is not executable.", [definition]));
        }

        return false;
    }

    private static string DefinitionName(IDefinitionNode definition) =>
        definition is INamedSyntaxNode named ? named.Name.Value : string.Empty;
}
