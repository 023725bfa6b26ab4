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
        if (schema.Description is null && schema.QueryType?.Name is null or "Query" && schema.MutationType?.Name is null or "Mutation" && schema.SubscriptionType?.Name is null or "Subscription")
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
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

    private static string PrintType(INamedType type) => Description(type.Description) + type switch
    {
        GraphQLScalarType scalar => "scalar " + scalar.Name + (scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + ValuePrinter.PrintString(url) + ")" : string.Empty),
        GraphQLObjectType o => "type " + o.Name + Implements(o.Interfaces) + Fields(o.Fields.Values),
        GraphQLInterfaceType i => "interface " + i.Name + Implements(i.Interfaces) + Fields(i.Fields.Values),
        GraphQLUnionType u => "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
        GraphQLEnumType e => "enum " + e.Name + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        GraphQLInputObjectType input => "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Values.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f.Name, f.Type, f.DefaultValue) + Deprecated(f.DeprecationReason))),
        _ => type.Name,
    };

    private static string Implements(IReadOnlyList<GraphQLInterfaceType> interfaces) =>
        interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", interfaces.Select(i => i.Name));

    private static string Fields(IEnumerable<GraphQLField> fields) =>
        Block(fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + TypeRelations.Print(f.Type) + Deprecated(f.DeprecationReason)));

    /// <summary>Arguments on one line, or one per line (indented) when any has a description (graphql-js printArgs).</summary>
    private static string Arguments(IReadOnlyList<GraphQLArgument> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(a => InputValue(a.Name, a.Type, a.DefaultValue) + Deprecated(a.DeprecationReason))) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a.Name, a.Type, a.DefaultValue) + Deprecated(a.DeprecationReason)))
            + "\n" + indentation + ")";
    }

    /// <summary>graphql-js printDescription: a block string when it can be one, indented, on the lines before.</summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = IsPrintableAsBlockString(description) ? Language.Printer.BlockString(description) : Language.Printer.QuotedString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    // graphql-js isPrintableAsBlockString: no control characters but tab and newline, no \r, and no line that
    // would be dedented differently (leading or trailing blank lines are fine as the block printer handles them).
    private static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case (>= '\u0000' and <= '\u0008') or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u001F'):
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

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
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments) + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocations.Name));
}
