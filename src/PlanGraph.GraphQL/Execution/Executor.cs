using System.Collections;
using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Executes a validated document (spec §6): picks the operation, coerces variables, resolves fields —
/// sibling fields concurrently except a mutation's root fields, which run in order — completes values,
/// and turns field errors into nulls at the nearest nullable parent.
/// </summary>
public static class Executor
{
    public static async Task<ExecutionResult> ExecuteAsync(ExecutableSchema schema, DocumentNode document, ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        var operation = SelectOperation(document, request.OperationName);
        if (operation.Error is { } selectionError)
        {
            return ExecutionResult.RequestError(selectionError);
        }

        var op = operation.Operation!;
        if (request.AllowedOperations is { } allowed && !allowed.Contains(op.Operation))
        {
            return ExecutionResult.RequestError(new GraphQLError($"Can only perform a {string.Join(" or ", allowed.Select(Keyword))} operation from a GET request.", [op]));
        }

        var rootType = op.Operation switch
        {
            OperationType.Query => schema.Schema.QueryType,
            OperationType.Mutation => schema.Schema.MutationType,
            _ => schema.Schema.SubscriptionType,
        };
        if (rootType is null)
        {
            return ExecutionResult.RequestError(new GraphQLError($"Schema is not configured to execute {Keyword(op.Operation)} operation.", [op]));
        }

        var variableErrors = new List<GraphQLError>();
        var coercion = new InputCoercion(schema.Schema, schema.Resolvers);
        var variables = coercion.CoerceVariableValues(op, request.Variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.RequestError(variableErrors.Select(e => ResponseError.From(e)));
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        for (var i = 0; i < document.Definitions.Count; i++) // indexed: no enumerator per request
        {
            if (document.Definitions[i] is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        var context = new ExecutionContext(schema, request, op, fragments, variables, cancellationToken);
        Dictionary<string, object?>? data;
        try
        {
            var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            context.CollectFields(rootType, op.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
            var rootValue = request.RootValue;
            if (schema.Resolvers.Planner is { } planner)
            {
                try
                {
                    var planned = planner(new OperationPlan(context, rootType, fields));
                    rootValue = planned.IsCompletedSuccessfully ? planned.Result : await planned;
                }
                catch (Exception failure) when (failure is not (OperationCanceledException or GraphQLError))
                {
                    // The plan covers every root field, so none can be resolved: data is null (spec §6.4.4 at the root).
                    return new ExecutionResult(null, [new ResponseError(failure.Message, [], null)], true);
                }
            }

            data = await ExecuteFields(context, rootType, rootValue, [], fields, serial: op.Operation == OperationType.Mutation);
        }
        catch (NullPropagation)
        {
            data = null;
        }
        catch (GraphQLError error)
        {
            // An error outside any field (a bad @skip/@include argument on a root selection).
            return ExecutionResult.RequestError(error);
        }

        return new ExecutionResult(data, context.Errors, true);
    }

    /// <summary>GetOperation (spec §6.1) with graphql-js's messages.</summary>
    public static (OperationDefinitionNode? Operation, GraphQLError? Error) SelectOperation(DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operationName is null)
        {
            return operations.Count switch
            {
                0 => (null, new GraphQLError("Must provide an operation.")),
                1 => (operations[0], null),
                _ => (null, new GraphQLError("Must provide operation name if query contains multiple operations.")),
            };
        }

        var named = operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return named is null ? (null, new GraphQLError($"Unknown operation named \"{operationName}\".")) : (named, null);
    }

    internal static GraphQLField? FieldDefinition(GraphQLSchema schema, GraphQLObjectType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            var meta = schema.MetaFields;
            if (fieldName == "__typename")
            {
                return meta.TypeName;
            }

            if (parentType == schema.QueryType)
            {
                return fieldName switch
                {
                    "__schema" => meta.Schema,
                    "__type" => meta.Type,
                    _ => parentType.Fields.GetValueOrDefault(fieldName),
                };
            }
        }

        return parentType.Fields.GetValueOrDefault(fieldName);
    }

    private static string Keyword(OperationType operation) => operation.ToString().ToLowerInvariant();

    private static async ValueTask<Dictionary<string, object?>> ExecuteFields(ExecutionContext context, GraphQLObjectType parentType, object? source, IReadOnlyList<object> path, Dictionary<string, List<FieldNode>> fields, bool serial)
    {
        var result = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        if (serial)
        {
            foreach (var (key, nodes) in fields)
            {
                if (FieldDefinition(context.Schema.Schema, parentType, nodes[0].Name.Value) is { } definition)
                {
                    result[key] = await ExecuteField(context, parentType, source, definition, nodes, [.. path, key]);
                }
            }

            return result;
        }

        // Start every sibling before awaiting any, so asynchronous resolvers overlap (spec §6.3.1 normal evaluation).
        var pending = new List<(string Key, ValueTask<object?> Value)>(fields.Count);
        foreach (var (key, nodes) in fields)
        {
            if (FieldDefinition(context.Schema.Schema, parentType, nodes[0].Name.Value) is { } definition)
            {
                pending.Add((key, ExecuteField(context, parentType, source, definition, nodes, [.. path, key])));
            }
        }

        NullPropagation? propagation = null;
        foreach (var (key, value) in pending)
        {
            try
            {
                result[key] = value.IsCompletedSuccessfully ? value.Result : await value;
            }
            catch (NullPropagation failed)
            {
                propagation ??= failed;
            }
        }

        return propagation is null ? result : throw propagation;
    }

    private static async ValueTask<object?> ExecuteField(ExecutionContext context, GraphQLObjectType parentType, object? source, GraphQLField definition, List<FieldNode> nodes, IReadOnlyList<object> path)
    {
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (definition.Name == "__typename")
            {
                return parentType.Name;
            }

            var arguments = definition.Arguments.Count == 0 && nodes[0].Arguments.Count == 0
                ? EmptyArguments
                : context.ArgumentsOf(definition, nodes[0]);
            var info = new ResolveInfo(context, source, parentType, definition, nodes, arguments, path);
            var resolver = context.Schema.Resolvers.GetField(parentType.Name, definition.Name)
                ?? IntrospectionResolvers.For(parentType.Name, definition.Name)
                ?? context.Schema.Resolvers.DefaultField
                ?? DefaultResolver.Resolve;
            var pending = resolver(info);
            var resolved = pending.IsCompletedSuccessfully ? pending.Result : await pending;
            return resolved is CompletedValue { Value: not null } or SerializedValue
                ? resolved
                : await CompleteValue(context, definition.Type, info, path, resolved is CompletedValue ? null : resolved);
        }
        catch (NullPropagation) when (definition.Type is not GraphQLNonNull)
        {
            return null;
        }
        catch (NullPropagation)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            RecordFieldError(context, exception, nodes, path);
            return definition.Type is GraphQLNonNull ? throw new NullPropagation() : null;
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static void RecordFieldError(ExecutionContext context, Exception exception, IReadOnlyList<FieldNode> nodes, IReadOnlyList<object> path)
    {
        var locations = exception is GraphQLError { Locations.Count: > 0 } located
            ? located.Locations
            : [.. nodes.Select(n => n.Location).OfType<SourceLocation>()];
        context.AddError(new ResponseError(exception.Message, locations, path));
    }

    private static async ValueTask<object?> CompleteValue(ExecutionContext context, IGraphQLType type, ResolveInfo info, IReadOnlyList<object> path, object? value)
    {
        if (value is Exception failure)
        {
            throw failure;
        }

        if (type is GraphQLNonNull nonNull)
        {
            var completed = await CompleteValue(context, nonNull.OfType, info, path, value);
            return completed ?? throw new GraphQLError($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.FieldName}.");
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                return await CompleteList(context, list, info, path, value);
            case GraphQLScalarType scalar:
                return BuiltInScalars.IsBuiltIn(scalar.Name)
                    ? BuiltInScalars.Serialize(scalar.Name, value)
                    : context.Schema.Resolvers.GetScalar(scalar.Name) is { } custom ? custom.Serialize(value) : value;
            case GraphQLEnumType enumType:
                var name = value is string s ? s : value is Enum e ? e.ToString() : null;
                return name is not null && enumType.GetValue(name) is not null
                    ? name
                    : throw new GraphQLError($"Enum \"{enumType.Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
            case GraphQLObjectType objectType:
                return await CompleteObject(context, objectType, info, path, value);
            default:
                var runtimeType = ResolveRuntimeType(context, (INamedType)type, info, value);
                return await CompleteObject(context, runtimeType, info, path, value);
        }
    }

    private static async ValueTask<object?> CompleteList(ExecutionContext context, GraphQLList list, ResolveInfo info, IReadOnlyList<object> path, object value)
    {
        if (value is string or IDictionary or IEnumerable<KeyValuePair<string, object?>> || value is not IEnumerable items)
        {
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.FieldName}\".");
        }

        var result = new List<object?>();
        var index = 0;
        foreach (var item in items)
        {
            IReadOnlyList<object> itemPath = [.. path, index];
            try
            {
                result.Add(await CompleteValue(context, list.OfType, info, itemPath, item));
            }
            catch (NullPropagation) when (list.OfType is not GraphQLNonNull)
            {
                result.Add(null);
            }
            catch (NullPropagation)
            {
                throw;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                RecordFieldError(context, exception, info.FieldNodes, itemPath);
                if (list.OfType is GraphQLNonNull)
                {
                    throw new NullPropagation();
                }

                result.Add(null);
            }

            index++;
        }

        return result;
    }

    private static async ValueTask<object?> CompleteObject(ExecutionContext context, GraphQLObjectType type, ResolveInfo info, IReadOnlyList<object> path, object value)
    {
        var fields = context.CollectSubFields(type, info.FieldNodes);
        return await ExecuteFields(context, type, value, path, fields, serial: false);
    }

    /// <summary>ResolveAbstractType (spec §6.4.3): a type resolver, else "__typename" in a map, else the CLR type's name.</summary>
    private static GraphQLObjectType ResolveRuntimeType(ExecutionContext context, INamedType abstractType, ResolveInfo info, object value)
    {
        var schema = context.Schema.Schema;
        var name = context.Schema.Resolvers.GetTypeResolver(abstractType.Name)?.Invoke(value, schema)
            ?? value switch
            {
                IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
                IDictionary<string, object?> map => map.TryGetValue("__typename", out var n) ? n as string : null,
                _ => schema.GetType(value.GetType().Name) is GraphQLObjectType ? value.GetType().Name : null,
            };
        if (name is null)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtime = schema.GetType(name);
        if (runtime is null)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
        }

        if (runtime is not GraphQLObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".");
        }

        return schema.IsSubType(abstractType, objectType)
            ? objectType
            : throw new GraphQLError($"Runtime Object type \"{name}\" is not a possible type for \"{abstractType.Name}\".");
    }
}
