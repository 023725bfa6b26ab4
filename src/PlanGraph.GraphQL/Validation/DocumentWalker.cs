using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// Walks a document depth-first in graphql-js's key order, keeps <see cref="TypeInfo"/> in step, and
/// hands every node to every rule that has not asked to skip the subtree it is in.
/// </summary>
public sealed class DocumentWalker(TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules)
{
    private readonly ISyntaxNode?[] skipping = new ISyntaxNode?[rules.Count];

    public void Walk(ISyntaxNode root) => Visit(root, null);

    private void Visit(ISyntaxNode node, ISyntaxNode? parent)
    {
        typeInfo.Enter(node);
        for (var i = 0; i < rules.Count; i++)
        {
            if (skipping[i] is null && !rules[i].Enter(node, parent))
            {
                skipping[i] = node;
            }
        }

        foreach (var child in Children(node))
        {
            Visit(child, node);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (skipping[i] is null)
            {
                rules[i].Leave(node);
            }
            else if (ReferenceEquals(skipping[i], node))
            {
                skipping[i] = null;
            }
        }

        typeInfo.Leave(node);
    }

    private static IEnumerable<ISyntaxNode> TypeDefinitionChildren(TypeDefinitionNode type)
    {
        foreach (var implemented in type.Interfaces)
        {
            yield return implemented;
        }

        foreach (var directive in type.Directives)
        {
            yield return directive;
        }

        foreach (var field in type.Fields)
        {
            yield return field;
        }

        foreach (var member in type.UnionMembers)
        {
            yield return member;
        }

        foreach (var value in type.EnumValues)
        {
            yield return value;
        }

        foreach (var inputField in type.InputFields)
        {
            yield return inputField;
        }
    }

    /// <summary>A node's children in the order graphql-js visits them.</summary>
    public static IEnumerable<ISyntaxNode> Children(ISyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    yield return definition;
                }

                break;
            case OperationDefinitionNode operation:
                foreach (var variable in operation.VariableDefinitions)
                {
                    yield return variable;
                }

                foreach (var directive in operation.Directives)
                {
                    yield return directive;
                }

                yield return operation.SelectionSet;
                break;
            case VariableDefinitionNode variable:
                yield return variable.Variable;
                yield return variable.Type;
                if (variable.DefaultValue is { } defaultValue)
                {
                    yield return defaultValue;
                }

                foreach (var directive in variable.Directives)
                {
                    yield return directive;
                }

                break;
            case SelectionSetNode selectionSet:
                foreach (var selection in selectionSet.Selections)
                {
                    yield return selection;
                }

                break;
            case FieldNode field:
                foreach (var argument in field.Arguments)
                {
                    yield return argument;
                }

                foreach (var directive in field.Directives)
                {
                    yield return directive;
                }

                if (field.SelectionSet is { } fieldSelections)
                {
                    yield return fieldSelections;
                }

                break;
            case ArgumentNode argument:
                yield return argument.Value;
                break;
            case FragmentSpreadNode spread:
                foreach (var directive in spread.Directives)
                {
                    yield return directive;
                }

                break;
            case InlineFragmentNode inline:
                if (inline.TypeCondition is { } condition)
                {
                    yield return condition;
                }

                foreach (var directive in inline.Directives)
                {
                    yield return directive;
                }

                yield return inline.SelectionSet;
                break;
            case FragmentDefinitionNode fragment:
                yield return fragment.TypeCondition;
                foreach (var directive in fragment.Directives)
                {
                    yield return directive;
                }

                yield return fragment.SelectionSet;
                break;
            case ListValueNode list:
                foreach (var value in list.Values)
                {
                    yield return value;
                }

                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    yield return field;
                }

                break;
            case ObjectFieldNode objectField:
                yield return objectField.Value;
                break;
            case DirectiveNode directive:
                foreach (var argument in directive.Arguments)
                {
                    yield return argument;
                }

                break;
            case SchemaDefinitionNode schemaDefinition:
                foreach (var directive in schemaDefinition.Directives)
                {
                    yield return directive;
                }

                foreach (var operationType in schemaDefinition.OperationTypes)
                {
                    yield return operationType;
                }

                break;
            case OperationTypeDefinitionNode operationType:
                yield return operationType.Type;
                break;
            case TypeDefinitionNode type:
                foreach (var child in TypeDefinitionChildren(type))
                {
                    yield return child;
                }

                break;
            case FieldDefinitionNode fieldDefinition:
                foreach (var argument in fieldDefinition.Arguments)
                {
                    yield return argument;
                }

                yield return fieldDefinition.Type;
                foreach (var directive in fieldDefinition.Directives)
                {
                    yield return directive;
                }

                break;
            case InputValueDefinitionNode inputValue:
                yield return inputValue.Type;
                if (inputValue.DefaultValue is { } inputDefault)
                {
                    yield return inputDefault;
                }

                foreach (var directive in inputValue.Directives)
                {
                    yield return directive;
                }

                break;
            case EnumValueDefinitionNode enumValue:
                foreach (var directive in enumValue.Directives)
                {
                    yield return directive;
                }

                break;
            case DirectiveDefinitionNode directiveDefinition:
                foreach (var argument in directiveDefinition.Arguments)
                {
                    yield return argument;
                }

                break;
            case ListTypeNode listType:
                yield return listType.Type;
                break;
            case NonNullTypeNode nonNullType:
                yield return nonNullType.Type;
                break;
        }
    }
}
