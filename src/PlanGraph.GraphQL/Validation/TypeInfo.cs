using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a depth-first walk of an executable document, the schema types in scope: the output
/// type of the current node, the composite type fields are selected on, the field and directive
/// definitions, the argument, the expected input type of a value and its default. graphql-js's TypeInfo
/// is the model: validation rules read these instead of re-deriving them.
/// </summary>
public sealed class TypeInfo(GraphQLSchema schema)
{
    private readonly List<IGraphQLType?> typeStack = [];
    private readonly List<IGraphQLType?> parentTypeStack = [];
    private readonly List<IGraphQLType?> inputTypeStack = [];
    private readonly List<GraphQLField?> fieldDefStack = [];
    private readonly List<DefaultValue> defaultValueStack = [];

    public GraphQLSchema Schema => schema;

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public IGraphQLType? Type => Top(typeStack);

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public IGraphQLType? ParentType => Top(parentTypeStack);

    /// <summary>The input type expected at the current argument, list item or object field.</summary>
    public IGraphQLType? InputType => Top(inputTypeStack);

    /// <summary>The input type one level out (the list or input object enclosing the current value).</summary>
    public IGraphQLType? ParentInputType => inputTypeStack.Count >= 2 ? inputTypeStack[^2] : null;

    public GraphQLField? FieldDef => Top(fieldDefStack);

    /// <summary>Whether the current input position declares a default value (an argument or input field default).</summary>
    public bool HasDefaultValue => defaultValueStack.Count > 0 && defaultValueStack[^1].Present;

    public GraphQLDirective? Directive { get; private set; }

    public GraphQLArgument? Argument { get; private set; }

    public GraphQLEnumValue? EnumValue { get; private set; }

    public void Enter(ISyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                {
                    var named = TypeRelations.NamedType(Type);
                    parentTypeStack.Add(TypeRelations.IsComposite(named) ? named : null);
                    break;
                }

            case FieldNode field:
                {
                    var fieldDef = ParentType is { } parent ? FieldDefinition(parent, field.Name.Value) : null;
                    fieldDefStack.Add(fieldDef);
                    typeStack.Add(fieldDef is not null && TypeRelations.IsOutput(fieldDef.Type) ? fieldDef.Type : null);
                    break;
                }

            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                {
                    var root = operation.Operation switch
                    {
                        OperationType.Query => schema.QueryType,
                        OperationType.Mutation => schema.MutationType,
                        _ => schema.SubscriptionType,
                    };
                    typeStack.Add(root);
                    break;
                }

            case InlineFragmentNode inline:
                {
                    var output = inline.TypeCondition is { } condition
                        ? TypeRelations.FromAst(schema, condition)
                        : TypeRelations.NamedType(Type);
                    typeStack.Add(TypeRelations.IsOutput(output) ? output : null);
                    break;
                }

            case FragmentDefinitionNode fragment:
                {
                    var output = TypeRelations.FromAst(schema, fragment.TypeCondition);
                    typeStack.Add(TypeRelations.IsOutput(output) ? output : null);
                    break;
                }

            case VariableDefinitionNode variable:
                {
                    var input = TypeRelations.FromAst(schema, variable.Type);
                    inputTypeStack.Add(TypeRelations.IsInput(input) ? input : null);
                    break;
                }

            case ArgumentNode argument:
                {
                    var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                    var argDef = arguments?.FirstOrDefault(a => a.Name == argument.Name.Value);
                    Argument = argDef;
                    defaultValueStack.Add(new DefaultValue(argDef?.HasDefaultValue == true));
                    inputTypeStack.Add(argDef is not null && TypeRelations.IsInput(argDef.Type) ? argDef.Type : null);
                    break;
                }

            case ListValueNode:
                {
                    var listType = TypeRelations.Nullable(InputType);
                    var itemType = listType is GraphQLList list ? list.OfType : listType;

                    // List items never have a default value of their own.
                    defaultValueStack.Add(new DefaultValue(false));
                    inputTypeStack.Add(TypeRelations.IsInput(itemType) ? itemType : null);
                    break;
                }

            case ObjectFieldNode objectField:
                {
                    GraphQLInputField? inputField = null;
                    if (TypeRelations.NamedType(InputType) is GraphQLInputObjectType objectType)
                    {
                        objectType.Fields.TryGetValue(objectField.Name.Value, out inputField);
                    }

                    defaultValueStack.Add(new DefaultValue(inputField?.HasDefaultValue == true));
                    inputTypeStack.Add(inputField is not null && TypeRelations.IsInput(inputField.Type) ? inputField.Type : null);
                    break;
                }

            case EnumValueNode enumValue:
                EnumValue = TypeRelations.NamedType(InputType) is GraphQLEnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(ISyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(parentTypeStack);
                break;
            case FieldNode:
                Pop(fieldDefStack);
                Pop(typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(typeStack);
                break;
            case VariableDefinitionNode:
                Pop(inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The field definition a selection of <paramref name="fieldName"/> on <paramref name="parentType"/> refers to, meta-fields included.</summary>
    public GraphQLField? FieldDefinition(IGraphQLType parentType, string fieldName)
    {
        if (fieldName == "__schema" && ReferenceEquals(parentType, schema.QueryType))
        {
            return schema.MetaFields.Schema;
        }

        if (fieldName == "__type" && ReferenceEquals(parentType, schema.QueryType))
        {
            return schema.MetaFields.Type;
        }

        if (fieldName == "__typename" && TypeRelations.IsComposite(parentType))
        {
            return schema.MetaFields.TypeName;
        }

        return parentType switch
        {
            GraphQLObjectType o => o.Fields.GetValueOrDefault(fieldName),
            GraphQLInterfaceType i => i.Fields.GetValueOrDefault(fieldName),
            _ => null,
        };
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    private readonly record struct DefaultValue(bool Present);
}
