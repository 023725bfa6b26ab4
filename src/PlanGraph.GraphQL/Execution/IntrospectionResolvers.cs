using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// The resolvers of the introspection types (spec §4.2): a __Schema is the GraphQLSchema, a __Type an
/// IGraphQLType, a __Field a GraphQLField, an __InputValue a GraphQLArgument or GraphQLInputField.
/// </summary>
internal static class IntrospectionResolvers
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), FieldResolver?> Cache = new();

    public static FieldResolver? For(string typeName, string fieldName) =>
        !typeName.StartsWith("__", StringComparison.Ordinal) && fieldName is not ("__schema" or "__type")
            ? null
            : Cache.GetOrAdd((typeName, fieldName), key => Create(key.Item1, key.Item2));

    private static FieldResolver? Create(string typeName, string fieldName)
    {
        if (!typeName.StartsWith("__", StringComparison.Ordinal) && fieldName is not ("__schema" or "__type"))
        {
            return null;
        }

        return (typeName, fieldName) switch
        {
            (_, "__schema") => info => Value(info.Schema),
            (_, "__type") => info => Value(info.Schema.GetType(info.Argument<string>("name") ?? string.Empty)),
            ("__Schema", _) => info => Value(Schema((GraphQLSchema)info.Source!, fieldName)),
            ("__Type", _) => info => Value(Type(info, (IGraphQLType)info.Source!, fieldName)),
            ("__Field", _) => info => Value(Field(info, (GraphQLField)info.Source!, fieldName)),
            ("__InputValue", _) => info => Value(InputValue(info.Source!, fieldName)),
            ("__EnumValue", _) => info => Value(EnumValue((GraphQLEnumValue)info.Source!, fieldName)),
            ("__Directive", _) => info => Value(Directive(info, (GraphQLDirective)info.Source!, fieldName)),
            _ => null,
        };
    }

    private static ValueTask<object?> Value(object? value) => ValueTask.FromResult(value);

    private static object? Schema(GraphQLSchema schema, string field) => field switch
    {
        "description" => schema.Description,
        "types" => schema.Types,
        "queryType" => schema.QueryType,
        "mutationType" => schema.MutationType,
        "subscriptionType" => schema.SubscriptionType,
        "directives" => schema.Directives,
        _ => null,
    };

    private static object? Type(ResolveInfo info, IGraphQLType type, string field)
    {
        var includeDeprecated = info.Argument<bool>("includeDeprecated");
        return field switch
        {
            "kind" => type switch
            {
                GraphQLScalarType => "SCALAR",
                GraphQLObjectType => "OBJECT",
                GraphQLInterfaceType => "INTERFACE",
                GraphQLUnionType => "UNION",
                GraphQLEnumType => "ENUM",
                GraphQLInputObjectType => "INPUT_OBJECT",
                GraphQLList => "LIST",
                _ => "NON_NULL",
            },
            "name" => (type as INamedType)?.Name,
            "description" => (type as INamedType)?.Description,
            "specifiedByURL" => (type as GraphQLScalarType)?.SpecifiedByUrl,
            "fields" => type switch
            {
                GraphQLObjectType o => o.Fields.Values.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && (includeDeprecated || f.DeprecationReason is null)).ToList(),
                GraphQLInterfaceType i => i.Fields.Values.Where(f => includeDeprecated || f.DeprecationReason is null).ToList(),
                _ => null,
            },
            "interfaces" => type switch
            {
                GraphQLObjectType o => o.Interfaces,
                GraphQLInterfaceType i => i.Interfaces,
                _ => null,
            },
            "possibleTypes" => TypeRelations.IsAbstract(type) ? info.Schema.GetPossibleTypes(type) : null,
            "enumValues" => (type as GraphQLEnumType)?.Values.Where(v => includeDeprecated || v.DeprecationReason is null).ToList(),
            "inputFields" => (type as GraphQLInputObjectType)?.Fields.Values.Where(f => includeDeprecated || f.DeprecationReason is null).ToList(),
            "ofType" => type switch
            {
                GraphQLList l => l.OfType,
                GraphQLNonNull n => n.OfType,
                _ => null,
            },
            "isOneOf" => type is GraphQLInputObjectType input ? input.IsOneOf : null,
            _ => null,
        };
    }

    private static object? Field(ResolveInfo info, GraphQLField field, string name) => name switch
    {
        "name" => field.Name,
        "description" => field.Description,
        "args" => field.Arguments.Where(a => info.Argument<bool>("includeDeprecated") || a.DeprecationReason is null).ToList(),
        "type" => field.Type,
        "isDeprecated" => field.DeprecationReason is not null,
        "deprecationReason" => field.DeprecationReason,
        _ => null,
    };

    private static object? InputValue(object value, string name) => (value, name) switch
    {
        (GraphQLArgument a, "name") => a.Name,
        (GraphQLArgument a, "type") => a.Type,
        (GraphQLArgument a, "defaultValue") => a.DefaultValue is null ? null : ValuePrinter.Print(a.DefaultValue),
        (GraphQLInputField f, "name") => f.Name,
        (GraphQLInputField f, "type") => f.Type,
        (GraphQLInputField f, "defaultValue") => f.DefaultValue is null ? null : ValuePrinter.Print(f.DefaultValue),
        (GraphQLArgument a, "description") => a.Description,
        (GraphQLInputField f, "description") => f.Description,
        (GraphQLArgument a, "isDeprecated") => a.DeprecationReason is not null,
        (GraphQLInputField f, "isDeprecated") => f.DeprecationReason is not null,
        (GraphQLArgument a, "deprecationReason") => a.DeprecationReason,
        (GraphQLInputField f, "deprecationReason") => f.DeprecationReason,
        _ => null,
    };

    private static object? EnumValue(GraphQLEnumValue value, string name) => name switch
    {
        "name" => value.Name,
        "description" => value.Description,
        "isDeprecated" => value.DeprecationReason is not null,
        "deprecationReason" => value.DeprecationReason,
        _ => null,
    };

    private static object? Directive(ResolveInfo info, GraphQLDirective directive, string name) => name switch
    {
        "name" => directive.Name,
        "description" => directive.Description,
        "isRepeatable" => directive.IsRepeatable,
        "locations" => directive.Locations.Select(DirectiveLocations.Name).ToList(),
        "args" => directive.Arguments.Where(a => info.Argument<bool>("includeDeprecated") || a.DeprecationReason is null).ToList(),
        _ => null,
    };
}
