using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in. A
/// nullable variable may fill a non-null position only when the variable or the position has a default.
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, VariableDefinitionNode> definitions = new(StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                definitions[definition.Variable.Name.Value] = definition;
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
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            var variableType = TypeRelations.FromAst(Context.Schema, definition.Type);
            if (variableType is not null
                && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
            {
                Context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" of type \"{TypeRelations.Print(variableType)}\" used in position expecting type \"{TypeRelations.Print(locationType)}\".",
                    [definition, usage.Node]));
            }

            // A field of a @oneOf input object must be filled by a variable that cannot be null.
            if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } oneOf && variableType is not GraphQLNonNull)
            {
                var printed = variableType is null ? "undefined" : TypeRelations.Print(variableType);
                Context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" is of type \"{printed}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    [definition, usage.Node]));
            }
        }
    }

    private bool IsAllowed(IGraphQLType variableType, IValueNode? variableDefault, IGraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
        {
            var variableHasNonNullDefault = variableDefault is not null and not NullValueNode;
            if (!variableHasNonNullDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeRelations.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeRelations.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
