using System.Collections;
using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec §6.4.1 CoerceVariableValues, §6.4.2 CoerceArgumentValues, §3.10 input objects),
/// with graphql-js's messages. Absent values are absent keys; present nulls are null values.
/// </summary>
public sealed class InputCoercion(GraphQLSchema schema, ResolverMap resolvers)
{
    private const int MaxVariableErrors = 50;

    /// <summary>Coerces the request's variables against an operation's variable definitions.</summary>
    public IReadOnlyDictionary<string, object?> CoerceVariableValues(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(errors);
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        inputs ??= new Dictionary<string, object?>();
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxVariableErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeRelations.FromAst(schema, definition.Type);
            if (type is null || !TypeRelations.IsInput(type))
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" expected value of type \"{PrintTypeNode(definition.Type)}\" which cannot be used as an input type.", [definition.Type]));
                continue;
            }

            var typeText = TypeRelations.Print(type);
            if (!inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (TryValueFromAst(defaultValue, type, null, out var coercedDefault))
                    {
                        coerced[name] = coercedDefault;
                    }
                }
                else if (type is GraphQLNonNull)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{typeText}\" was not provided.", [definition]));
                }

                continue;
            }

            if (value is null && type is GraphQLNonNull)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{typeText}\" must not be null.", [definition]));
                continue;
            }

            var before = errors.Count;
            var result = CoerceInputValue(value, type, [], (path, invalid, message) =>
            {
                var at = path.Count > 0 ? $" at \"{name}{PrintPath(path)}\"" : string.Empty;
                errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalid)}{at}; {message}", [definition]));
            });
            if (errors.Count == before)
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }

    /// <summary>Coerces a field's or directive's arguments (spec §6.4.2); throws the first error.</summary>
    public IReadOnlyDictionary<string, object?> CoerceArgumentValues(IReadOnlyList<GraphQLArgument> definitions, IReadOnlyList<ArgumentNode> nodes, IReadOnlyDictionary<string, object?> variables, ISyntaxNode at)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(variables);
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var node = Named(nodes, name);
            if (node is null)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = ValueFromAst(defaultValue, type, null, defaultValue);
                }
                else if (type is GraphQLNonNull)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{TypeRelations.Print(type)}\" was not provided.", [at]);
                }

                continue;
            }

            bool isNull;
            if (node.Value is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.DefaultValue is { } defaultValue)
                    {
                        coerced[name] = ValueFromAst(defaultValue, type, null, defaultValue);
                    }
                    else if (type is GraphQLNonNull)
                    {
                        throw new GraphQLError($"Argument \"{name}\" of required type \"{TypeRelations.Print(type)}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.", [node.Value]);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }
            else
            {
                isNull = node.Value is NullValueNode;
            }

            if (isNull && type is GraphQLNonNull)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{TypeRelations.Print(type)}\" must not be null.", [node.Value]);
            }

            if (!TryValueFromAst(node.Value, type, variables, out var value))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {ValuePrinter.Print(node.Value)}.", [node.Value]);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private object? ValueFromAst(IValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, ISyntaxNode at) =>
        TryValueFromAst(node, type, variables, out var value) ? value : throw new GraphQLError($"Invalid default value {ValuePrinter.Print(node)}.", [at]);

    /// <summary>A literal's internal value for an input type (graphql-js valueFromAST); false when the literal is invalid for it.</summary>
    public bool TryValueFromAst(IValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(node);
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            value = variableValue;
            return variableValue is not null || type is not GraphQLNonNull;
        }

        switch (type)
        {
            case GraphQLNonNull nonNull:
                return node is not NullValueNode && TryValueFromAst(node, nonNull.OfType, variables, out value);
            case var _ when node is NullValueNode:
                return true;
            case GraphQLList list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        // A variable missing inside a list becomes null (graphql-js), unless the item type is non-null.
                        if (itemNode is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)))
                        {
                            if (list.OfType is GraphQLNonNull)
                            {
                                return false;
                            }

                            items.Add(null);
                            continue;
                        }

                        if (!TryValueFromAst(itemNode, list.OfType, variables, out var item))
                        {
                            return false;
                        }

                        items.Add(item);
                    }

                    value = items;
                    return true;
                }

                if (!TryValueFromAst(node, list.OfType, variables, out var single))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;
            case GraphQLInputObjectType input:
                return TryInputObjectFromAst(node, input, variables, out value);
            case GraphQLEnumType enumType:
                if (node is EnumValueNode e && enumType.GetValue(e.Value) is not null)
                {
                    value = e.Value;
                    return true;
                }

                return false;
            case GraphQLScalarType scalar:
                try
                {
                    if (BuiltInScalars.IsBuiltIn(scalar.Name))
                    {
                        value = BuiltInScalars.ParseLiteral(scalar.Name, node);
                    }
                    else if (resolvers.GetScalar(scalar.Name) is { } custom)
                    {
                        value = custom.ParseLiteral(node, variables ?? new Dictionary<string, object?>());
                    }
                    else
                    {
                        value = LiteralToPlainValue(node, variables);
                    }

                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private bool TryInputObjectFromAst(IValueNode node, GraphQLInputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            var fieldNode = Named(objectNode.Fields, field.Name);
            if (fieldNode is null || (fieldNode.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value))))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    if (!TryValueFromAst(defaultValue, field.Type, null, out var d))
                    {
                        return false;
                    }

                    result[field.Name] = d;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (objectNode.Fields.Any(f => !input.Fields.ContainsKey(f.Name.Value)))
        {
            return false;
        }

        if (input.IsOneOf && (result.Count != 1 || result.Values.Single() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    /// <summary>Coerces an external (variable) value to an input type (graphql-js coerceInputValue); reports each problem with its path.</summary>
    public object? CoerceInputValue(object? input, IGraphQLType type, IReadOnlyList<object> path, Action<IReadOnlyList<object>, object?, string> onError)
    {
        ArgumentNullException.ThrowIfNull(onError);
        if (type is GraphQLNonNull nonNull)
        {
            if (input is not null)
            {
                return CoerceInputValue(input, nonNull.OfType, path, onError);
            }

            onError(path, input, $"Expected non-nullable type \"{TypeRelations.Print(type)}\" not to be null.");
            return null;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                if (input is IEnumerable items and not string and not IEnumerable<KeyValuePair<string, object?>>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        result.Add(CoerceInputValue(item, list.OfType, [.. path, index], onError));
                        index++;
                    }

                    return result;
                }

                return new List<object?> { CoerceInputValue(input, list.OfType, path, onError) };
            case GraphQLInputObjectType inputObject:
                return CoerceInputObject(input, inputObject, path, onError);
            case GraphQLEnumType enumType:
                if (input is not string name)
                {
                    onError(path, input, $"Enum \"{enumType.Name}\" cannot represent non-string value: {ValueInspector.Inspect(input)}.");
                    return null;
                }

                if (enumType.GetValue(name) is null)
                {
                    onError(path, input, $"Value \"{name}\" does not exist in \"{enumType.Name}\" enum.");
                    return null;
                }

                return name;
            case GraphQLScalarType scalar:
                try
                {
                    if (BuiltInScalars.IsBuiltIn(scalar.Name))
                    {
                        return BuiltInScalars.ParseValue(scalar.Name, input);
                    }

                    return resolvers.GetScalar(scalar.Name) is { } custom ? custom.ParseValue(input) : input;
                }
                catch (GraphQLError error)
                {
                    onError(path, input, error.Message);
                    return null;
                }

            default:
                onError(path, input, $"Expected type \"{TypeRelations.Print(type)}\".");
                return null;
        }
    }

    private Dictionary<string, object?>? CoerceInputObject(object input, GraphQLInputObjectType type, IReadOnlyList<object> path, Action<IReadOnlyList<object>, object?, string> onError)
    {
        if (input is not IEnumerable<KeyValuePair<string, object?>> fields)
        {
            onError(path, input, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var given = fields.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    if (TryValueFromAst(defaultValue, field.Type, null, out var d))
                    {
                        result[field.Name] = d;
                    }
                }
                else if (field.Type is GraphQLNonNull)
                {
                    onError(path, input, $"Field \"{field.Name}\" of required type \"{TypeRelations.Print(field.Type)}\" was not provided.");
                }

                continue;
            }

            result[field.Name] = CoerceInputValue(fieldValue, field.Type, [.. path, field.Name], onError);
        }

        foreach (var key in given.Keys.Where(k => !type.Fields.ContainsKey(k)))
        {
            onError(path, input, $"Field \"{key}\" is not defined by type \"{type.Name}\".");
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                onError(path, input, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else if (given.Values.Single() is null)
            {
                onError([.. path, given.Keys.Single()], null, $"Field \"{given.Keys.Single()}\" must be non-null.");
            }
        }

        return result;
    }

    /// <summary>A literal as a plain JSON-like value, for custom scalars without their own literal parser.</summary>
    public static object? LiteralToPlainValue(IValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode l => l.Values.Select(v => LiteralToPlainValue(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => LiteralToPlainValue(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };

    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int i ? $"[{i}]" : "." + key));

    private static string PrintTypeNode(ITypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintTypeNode(list.Type) + "]",
        NonNullTypeNode nonNull => PrintTypeNode(nonNull.Type) + "!",
        _ => string.Empty,
    };

    /// <summary>
    /// The node of that name, or null: a loop rather than FirstOrDefault with a lambda, which made a closure per
    /// declared argument or input field of every coerced value (a filter type declares dozens) on every request.
    /// </summary>
    private static T? Named<T>(IReadOnlyList<T> nodes, string name)
        where T : class, INamedSyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }

        return null;
    }
}
