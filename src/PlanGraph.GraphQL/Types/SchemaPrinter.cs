using System.Text;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js printSchema's layout: custom directives, then the schema block
/// (only when root names differ from Query/Mutation/Subscription), then the types in schema order;
/// built-in scalars, specified directives and introspection types are left out.
/// </summary>
public static class SchemaPrinter
{
    private static readonly HashSet<string> SpecifiedDirectives = new(StringComparer.Ordinal) { "include", "skip", "deprecated", "specifiedBy", "oneOf" };
    private static readonly HashSet<string> BuiltInScalars = new(StringComparer.Ordinal) { "Int", "Float", "String", "Boolean", "ID" };

    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var blocks = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaBlock)
        {
            blocks.Add(schemaBlock);
        }

        blocks.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.Contains(d.Name)).Select(PrintDirective));
        blocks.AddRange(schema.Types
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !(t is GraphQLScalarType && BuiltInScalars.Contains(t.Name)))
            .Select(PrintType));
        return string.Join("\n\n", blocks);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.QueryType?.Name is null or "Query" && schema.MutationType?.Name is null or "Mutation" && schema.SubscriptionType?.Name is null or "Subscription")
        {
            return null;
        }

        var builder = new StringBuilder("schema {\n");
        if (schema.QueryType is { } query)
        {
            builder.Append("  query: ").Append(query.Name).Append('\n');
        }

        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintType(INamedType type) => type switch
    {
        GraphQLScalarType scalar => "scalar " + scalar.Name,
        GraphQLObjectType o => "type " + o.Name + Implements(o.Interfaces) + Fields(o.Fields.Values),
        GraphQLInterfaceType i => "interface " + i.Name + Implements(i.Interfaces) + Fields(i.Fields.Values),
        GraphQLUnionType u => "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
        GraphQLEnumType e => "enum " + e.Name + Block(e.Values.Select(v => "  " + v.Name + Deprecated(v.DeprecationReason))),
        GraphQLInputObjectType input => "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Block(input.Fields.Values.Select(f => "  " + InputValue(f.Name, f.Type, f.DefaultValue))),
        _ => type.Name,
    };

    private static string Implements(IReadOnlyList<GraphQLInterfaceType> interfaces) =>
        interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", interfaces.Select(i => i.Name));

    private static string Fields(IEnumerable<GraphQLField> fields) =>
        Block(fields.Select(f => "  " + f.Name + Arguments(f.Arguments) + ": " + TypeRelations.Print(f.Type)));

    private static string Arguments(IReadOnlyList<GraphQLArgument> arguments) =>
        arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments.Select(a => InputValue(a.Name, a.Type, a.DefaultValue))) + ")";

    private static string InputValue(string name, IGraphQLType type, Language.IValueNode? defaultValue) =>
        name + ": " + TypeRelations.Print(type) + (defaultValue is null ? string.Empty : " = " + ValuePrinter.Print(defaultValue));

    private static string Block(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        "No longer supported" => " @deprecated",
        _ => " @deprecated(reason: " + ValuePrinter.PrintString(reason) + ")",
    };

    private static string PrintDirective(GraphQLDirective directive) =>
        "directive @" + directive.Name + Arguments(directive.Arguments) + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocations.Name));
}
