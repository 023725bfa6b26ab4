using System.Globalization;
using System.Text;

namespace PlanGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text in graphql-js 16's layout (language/printer): two-space indents,
/// arguments wrapped when a field line passes 80 characters or an argument spans lines, block strings
/// where the source had them. print(parse(print(parse(x)))) equals print(parse(x)).
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(ISyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            DocumentNode d => Join(d.Definitions.Select(Print), "\n\n"),
            NameNode n => n.Value,
            VariableNode v => "$" + v.Name.Value,
            OperationDefinitionNode o => Operation(o),
            VariableDefinitionNode v => Description(v.Description) + Print(v.Variable) + ": " + Print(v.Type) + Wrap(" = ", PrintOptional(v.DefaultValue)) + Wrap(" ", Directives(v.Directives)),
            SelectionSetNode s => Block(s.Selections.Select(Print)),
            FieldNode f => Field(f),
            ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
            FragmentSpreadNode s => "..." + s.Name.Value + Wrap(" ", Directives(s.Directives)),
            InlineFragmentNode i => Join(["...", Wrap("on ", PrintOptional(i.TypeCondition)), Directives(i.Directives), Print(i.SelectionSet)], " "),
            FragmentDefinitionNode f => Description(f.Description) + $"fragment {f.Name.Value} on {Print(f.TypeCondition)} {Wrap("", Directives(f.Directives), " ")}" + Print(f.SelectionSet),
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            StringValueNode s => s.Block ? BlockString(s.Value) : QuotedString(s.Value),
            BooleanValueNode b => b.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode e => e.Value,
            ListValueNode l => "[" + Join(l.Values.Select(Print), ", ") + "]",
            ObjectValueNode o => "{" + Join(o.Fields.Select(Print), ", ") + "}",
            ObjectFieldNode f => f.Name.Value + ": " + Print(f.Value),
            DirectiveNode d => "@" + d.Name.Value + Wrap("(", Join(d.Arguments.Select(Print), ", "), ")"),
            NamedTypeNode t => t.Name.Value,
            ListTypeNode t => "[" + Print(t.Type) + "]",
            NonNullTypeNode t => Print(t.Type) + "!",
            SchemaDefinitionNode s => Description(s.Description) + Join([s.IsExtension ? "extend schema" : "schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " "),
            OperationTypeDefinitionNode o => Keyword(o.Operation) + ": " + Print(o.Type),
            TypeDefinitionNode t => TypeDefinition(t),
            FieldDefinitionNode f => Description(f.Description) + f.Name.Value + Arguments(f.Arguments) + ": " + Print(f.Type) + Wrap(" ", Directives(f.Directives)),
            InputValueDefinitionNode i => Description(i.Description) + Join([i.Name.Value + ": " + Print(i.Type), Wrap("= ", PrintOptional(i.DefaultValue)), Directives(i.Directives)], " "),
            EnumValueDefinitionNode e => Description(e.Description) + Join([e.Name.Value, Directives(e.Directives)], " "),
            DirectiveDefinitionNode d => Description(d.Description) + "directive @" + d.Name.Value + Arguments(d.Arguments) + (d.Repeatable ? " repeatable" : "") + " on " + Join(d.Locations.Select(l => l.Value), " | "),
            _ => throw new ArgumentException($"No printer for {node.GetType().Name}.", nameof(node)),
        };
    }

    private static string PrintOptional(ISyntaxNode? node) => node is null ? "" : Print(node);

    private static string Operation(OperationDefinitionNode o)
    {
        var name = o.Name?.Value ?? "";
        var printed = o.VariableDefinitions.Select(Print).ToList();

        // Variables with a multi-line description go one per line (graphql-js 16.11+; not indented).
        var variables = printed.Any(v => v.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Join(printed, "\n"), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
        var prefix = Description(o.Description) + Join([Keyword(o.Operation), Join([name, variables]), Directives(o.Directives)], " ");

        // An anonymous query without description, variables or directives prints as its selection set alone.
        return (o.Operation == OperationType.Query && prefix == "query" ? "" : prefix + " ") + Print(o.SelectionSet);
    }

    private static string Field(FieldNode f)
    {
        var prefix = Wrap("", f.Alias?.Value, ": ") + f.Name.Value;
        var arguments = f.Arguments.Select(Print).ToList();
        var line = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (line.Length > MaxLineLength)
        {
            line = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([line, Directives(f.Directives), PrintOptional(f.SelectionSet)], " ");
    }

    private static string TypeDefinition(TypeDefinitionNode t)
    {
        var keyword = t.Kind switch
        {
            TypeDefinitionKind.Scalar => "scalar",
            TypeDefinitionKind.Object => "type",
            TypeDefinitionKind.Interface => "interface",
            TypeDefinitionKind.Union => "union",
            TypeDefinitionKind.Enum => "enum",
            _ => "input",
        };
        var head = (t.IsExtension ? "extend " : Description(t.Description)) + keyword;
        var directives = Directives(t.Directives);
        return t.Kind switch
        {
            TypeDefinitionKind.Scalar => Join([head, t.Name.Value, directives], " "),
            TypeDefinitionKind.Object or TypeDefinitionKind.Interface => Join([head, t.Name.Value, Wrap("implements ", Join(t.Interfaces.Select(Print), " & ")), directives, Block(t.Fields.Select(Print))], " "),
            TypeDefinitionKind.Union => Join([head, t.Name.Value, directives, Wrap("= ", Join(t.UnionMembers.Select(Print), " | "))], " "),
            TypeDefinitionKind.Enum => Join([head, t.Name.Value, directives, Block(t.EnumValues.Select(Print))], " "),
            _ => Join([head, t.Name.Value, directives, Block(t.InputFields.Select(Print))], " "),
        };
    }

    /// <summary>Arguments of a field or directive definition: one per line when any of them spans lines.</summary>
    private static string Arguments(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Description(StringValueNode? description) => description is null ? "" : Print(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    /// <summary>The non-empty parts joined (graphql-js join).</summary>
    private static string Join(IEnumerable<string?> parts, string separator = "") => string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>start + text + end when the text is not empty, else nothing (graphql-js wrap).</summary>
    private static string Wrap(string start, string? text, string end = "") => string.IsNullOrEmpty(text) ? "" : start + text + end;

    /// <summary>A string literal with graphql-js's escapes: control characters, quote and backslash.</summary>
    public static string QuotedString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>A block string (graphql-js printBlockString): on its own lines unless it is one short, plain line.</summary>
    public static string BlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
