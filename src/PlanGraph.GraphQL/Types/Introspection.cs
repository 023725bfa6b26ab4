namespace PlanGraph.GraphQL.Types;

/// <summary>The introspection types and meta-fields of spec §4, as SDL the schema builder adds to every schema.</summary>
public static class Introspection
{
    public const string TypesSdl = """
        type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type subscriptionType: __Type directives: [__Directive!]! }
        type __Type { kind: __TypeKind! name: String description: String specifiedByURL: String fields(includeDeprecated: Boolean = false): [__Field!] interfaces: [__Type!] possibleTypes: [__Type!] enumValues(includeDeprecated: Boolean = false): [__EnumValue!] inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type isOneOf: Boolean }
        type __Field { name: String! description: String args(includeDeprecated: Boolean = false): [__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }
        type __InputValue { name: String! description: String type: __Type! defaultValue: String isDeprecated: Boolean! deprecationReason: String }
        type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }
        type __Directive { name: String! description: String isRepeatable: Boolean! locations: [__DirectiveLocation!]! args(includeDeprecated: Boolean = false): [__InputValue!]! }
        enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
        enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }
        """;

    public const string DirectivesSdl = """
        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
        directive @specifiedBy(url: String!) on SCALAR
        directive @oneOf on INPUT_OBJECT
        """;

    /// <summary>__schema, __type and __typename typed against a given schema's introspection types.</summary>
    public static (GraphQLField Schema, GraphQLField Type, GraphQLField TypeName) MetaFields(GraphQLSchema schema)
    {
        var schemaType = (IGraphQLType)schema.GetType("__Schema")!;
        var typeType = (IGraphQLType)schema.GetType("__Type")!;
        var stringType = (IGraphQLType)schema.GetType("String")!;
        return (
            new GraphQLField("__schema", new GraphQLNonNull(schemaType), []),
            new GraphQLField("__type", typeType, [new GraphQLArgument("name", new GraphQLNonNull(stringType), null)]),
            new GraphQLField("__typename", new GraphQLNonNull(stringType), []));
    }
}
