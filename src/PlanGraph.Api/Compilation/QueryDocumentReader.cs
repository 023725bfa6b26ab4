using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Reads a GraphQL query document (spec §2: operations, fields, aliases, arguments, variables, fragment
/// spreads, inline fragments, @skip/@include) into the compiler's <see cref="FieldSelection"/> tree, with
/// fragments merged and variables substituted. It lets the API answer queries on its own; where the
/// engine's planning hook is available, the engine's merged selection set feeds the same tree.
/// </summary>
public static class QueryDocumentReader
{
    /// <summary>The root fields of the chosen operation.</summary>
    /// <exception cref="GraphQueryException">The document is not valid GraphQL, names no such operation, or lacks a variable; the message gives line and column.</exception>
    public static IReadOnlyList<FieldSelection> Read(string document, string? operationName, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var parser = new Parser(document);
        var parsed = parser.ParseDocument();
        var operations = parsed.Operations;
        if (operations.Count == 0)
        {
            throw new GraphQueryException("The document has no operation.");
        }

        Operation operation;
        if (operationName is null)
        {
            operation = operations.Count == 1 ? operations[0] : throw new GraphQueryException("The document has several operations: say which one with operationName.");
        }
        else
        {
            operation = operations.FirstOrDefault(o => o.Name == operationName) ?? throw new GraphQueryException($"The document has no operation named '{operationName}'.");
        }

        if (operation.Kind != "query")
        {
            throw new GraphQueryException($"The plan graph is read-only: {operation.Kind} operations are not supported.");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.Variables)
        {
            if (variables is not null && variables.TryGetValue(definition.Name, out var given))
            {
                values[definition.Name] = FromJson(given);
            }
            else if (definition.Default is not null)
            {
                values[definition.Name] = Resolve(definition.Default, values, definition.Line, definition.Column);
            }
            else if (definition.NonNull)
            {
                throw new GraphQueryException($"Variable ${definition.Name} of non-null type is required but was not given (line {definition.Line}, column {definition.Column}).");
            }
        }

        return Merge(operation.Selections, null, parsed.Fragments, values, []);
    }

    private static List<FieldSelection> Merge(
        IReadOnlyList<Selection> selections,
        string? typeCondition,
        IReadOnlyDictionary<string, Fragment> fragments,
        IReadOnlyDictionary<string, object?> variables,
        HashSet<string> visiting)
    {
        var fields = new List<FieldSelection>();
        foreach (var selection in selections)
        {
            if (!Included(selection.Directives, variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var arguments = field.Arguments.ToDictionary(a => a.Name, a => Resolve(a.Value, variables, field.Line, field.Column), StringComparer.Ordinal);
                    var children = Merge(field.Selections, null, fragments, variables, visiting);
                    var key = field.Alias ?? field.Name;
                    var existing = fields.FindIndex(f => f.ResponseKey == key && f.TypeCondition == typeCondition);
                    if (existing >= 0)
                    {
                        // Same response key twice (spec §5.3.2 requires them to be the same field): merge the sub-selections.
                        fields[existing] = fields[existing] with { Selections = [.. fields[existing].Selections, .. children] };
                    }
                    else
                    {
                        fields.Add(new FieldSelection(field.Name, key, arguments, children, typeCondition));
                    }

                    break;
                case SpreadNode spread:
                    if (!fragments.TryGetValue(spread.Name, out var fragment))
                    {
                        throw new GraphQueryException($"Unknown fragment '{spread.Name}' (line {spread.Line}, column {spread.Column}).");
                    }

                    if (!visiting.Add(spread.Name))
                    {
                        throw new GraphQueryException($"Fragment '{spread.Name}' spreads itself (line {spread.Line}, column {spread.Column}).");
                    }

                    fields.AddRange(Merge(fragment.Selections, fragment.TypeCondition ?? typeCondition, fragments, variables, visiting));
                    visiting.Remove(spread.Name);
                    break;
                case InlineNode inline:
                    fields.AddRange(Merge(inline.Selections, inline.TypeCondition ?? typeCondition, fragments, variables, visiting));
                    break;
            }
        }

        return fields;
    }

    private static bool Included(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name == "if");
            if (directive.Name is "skip" or "include")
            {
                var value = condition is null ? null : Resolve(condition.Value, variables, directive.Line, directive.Column);
                if (value is not bool flag)
                {
                    throw new GraphQueryException($"@{directive.Name} needs a Boolean argument if (line {directive.Line}, column {directive.Column}).");
                }

                if ((directive.Name == "skip" && flag) || (directive.Name == "include" && !flag))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static object? Resolve(ValueNode value, IReadOnlyDictionary<string, object?> variables, int line, int column) => value switch
    {
        VariableValue variable => variables.TryGetValue(variable.Name, out var bound) ? bound : null,
        ListValue list => list.Items.Select(i => Resolve(i, variables, line, column)).ToList(),
        ObjectValue obj => obj.Fields.ToDictionary(f => f.Name, f => Resolve(f.Value, variables, line, column), StringComparer.Ordinal),
        ConstantValue constant => constant.Value,
        _ => throw new GraphQueryException($"Unsupported value (line {line}, column {column})."),
    };

    private static object? FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? (object)l : value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    private abstract record Selection(IReadOnlyList<DirectiveNode> Directives);

    private sealed record FieldNode(string? Alias, string Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<Selection> Selections, int Line, int Column)
        : Selection(Directives);

    private sealed record SpreadNode(string Name, IReadOnlyList<DirectiveNode> Directives, int Line, int Column) : Selection(Directives);

    private sealed record InlineNode(string? TypeCondition, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<Selection> Selections) : Selection(Directives);

    private sealed record ArgumentNode(string Name, ValueNode Value);

    private sealed record DirectiveNode(string Name, IReadOnlyList<ArgumentNode> Arguments, int Line, int Column);

    private abstract record ValueNode;

    private sealed record VariableValue(string Name) : ValueNode;

    private sealed record ConstantValue(object? Value) : ValueNode;

    private sealed record ListValue(IReadOnlyList<ValueNode> Items) : ValueNode;

    private sealed record ObjectValue(IReadOnlyList<ArgumentNode> Fields) : ValueNode;

    private sealed record VariableDefinition(string Name, bool NonNull, ValueNode? Default, int Line, int Column);

    private sealed record Operation(string Kind, string? Name, IReadOnlyList<VariableDefinition> Variables, IReadOnlyList<Selection> Selections);

    private sealed record Fragment(string Name, string? TypeCondition, IReadOnlyList<Selection> Selections);

    private sealed record ParsedDocument(IReadOnlyList<Operation> Operations, IReadOnlyDictionary<string, Fragment> Fragments);

    private enum TokenKind
    {
        End,
        Punctuator,
        Name,
        Int,
        Float,
        String,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Line, int Column);

    /// <summary>Lexer (spec §2.1) and recursive-descent parser (spec §2.2–2.9) in one pass.</summary>
    private sealed class Parser(string source)
    {
        private int position;
        private int line = 1;
        private int lineStart;
        private Token current;

        public ParsedDocument ParseDocument()
        {
            Advance();
            var operations = new List<Operation>();
            var fragments = new Dictionary<string, Fragment>(StringComparer.Ordinal);
            while (current.Kind != TokenKind.End)
            {
                if (IsPunctuator("{"))
                {
                    operations.Add(new Operation("query", null, [], ParseSelectionSet()));
                }
                else if (current.Kind == TokenKind.Name && current.Text is "query" or "mutation" or "subscription")
                {
                    var kind = Advance().Text;
                    string? name = current.Kind == TokenKind.Name ? Advance().Text : null;
                    var variables = IsPunctuator("(") ? ParseVariableDefinitions() : [];
                    ParseDirectives();
                    operations.Add(new Operation(kind, name, variables, ParseSelectionSet()));
                }
                else if (current.Kind == TokenKind.Name && current.Text == "fragment")
                {
                    Advance();
                    var name = ExpectName();
                    ExpectKeyword("on");
                    var type = ExpectName();
                    ParseDirectives();
                    fragments[name] = new Fragment(name, type, ParseSelectionSet());
                }
                else
                {
                    throw Error($"Expected an operation or a fragment, found '{current.Text}'");
                }
            }

            return new ParsedDocument(operations, fragments);
        }

        private List<VariableDefinition> ParseVariableDefinitions()
        {
            Expect("(");
            var definitions = new List<VariableDefinition>();
            while (!IsPunctuator(")"))
            {
                var at = current;
                Expect("$");
                var name = ExpectName();
                Expect(":");
                var nonNull = ParseType();
                ValueNode? defaultValue = null;
                if (IsPunctuator("="))
                {
                    Advance();
                    defaultValue = ParseValue(constant: true);
                }

                ParseDirectives();
                definitions.Add(new VariableDefinition(name, nonNull, defaultValue, at.Line, at.Column));
            }

            Expect(")");
            return definitions;
        }

        /// <summary>Reads a type reference; returns whether its outermost type is non-null.</summary>
        private bool ParseType()
        {
            if (IsPunctuator("["))
            {
                Advance();
                ParseType();
                Expect("]");
            }
            else
            {
                ExpectName();
            }

            if (IsPunctuator("!"))
            {
                Advance();
                return true;
            }

            return false;
        }

        private List<Selection> ParseSelectionSet()
        {
            Expect("{");
            var selections = new List<Selection>();
            while (!IsPunctuator("}"))
            {
                if (current.Kind == TokenKind.End)
                {
                    throw Error("Unterminated selection set: expected '}'");
                }

                selections.Add(ParseSelection());
            }

            Expect("}");
            if (selections.Count == 0)
            {
                throw Error("A selection set must select at least one field");
            }

            return selections;
        }

        private Selection ParseSelection()
        {
            var at = current;
            if (IsPunctuator("..."))
            {
                Advance();
                if (current.Kind == TokenKind.Name && current.Text != "on")
                {
                    var name = Advance().Text;
                    return new SpreadNode(name, ParseDirectives(), at.Line, at.Column);
                }

                string? type = null;
                if (current.Kind == TokenKind.Name && current.Text == "on")
                {
                    Advance();
                    type = ExpectName();
                }

                var directives = ParseDirectives();
                return new InlineNode(type, directives, ParseSelectionSet());
            }

            var first = ExpectName();
            string? alias = null;
            var fieldName = first;
            if (IsPunctuator(":"))
            {
                Advance();
                alias = first;
                fieldName = ExpectName();
            }

            var arguments = IsPunctuator("(") ? ParseArguments(constant: false) : [];
            var fieldDirectives = ParseDirectives();
            var selections = IsPunctuator("{") ? ParseSelectionSet() : [];
            return new FieldNode(alias, fieldName, arguments, fieldDirectives, selections, at.Line, at.Column);
        }

        private List<ArgumentNode> ParseArguments(bool constant)
        {
            Expect("(");
            var arguments = new List<ArgumentNode>();
            while (!IsPunctuator(")"))
            {
                var name = ExpectName();
                Expect(":");
                arguments.Add(new ArgumentNode(name, ParseValue(constant)));
            }

            Expect(")");
            return arguments;
        }

        private List<DirectiveNode> ParseDirectives()
        {
            var directives = new List<DirectiveNode>();
            while (IsPunctuator("@"))
            {
                var at = Advance();
                var name = ExpectName();
                directives.Add(new DirectiveNode(name, IsPunctuator("(") ? ParseArguments(constant: false) : [], at.Line, at.Column));
            }

            return directives;
        }

        private ValueNode ParseValue(bool constant)
        {
            var token = current;
            switch (token.Kind)
            {
                case TokenKind.Punctuator when token.Text == "$" && !constant:
                    Advance();
                    return new VariableValue(ExpectName());
                case TokenKind.Punctuator when token.Text == "[":
                    Advance();
                    var items = new List<ValueNode>();
                    while (!IsPunctuator("]"))
                    {
                        if (current.Kind == TokenKind.End)
                        {
                            throw Error("Unterminated list: expected ']'");
                        }

                        items.Add(ParseValue(constant));
                    }

                    Advance();
                    return new ListValue(items);
                case TokenKind.Punctuator when token.Text == "{":
                    Advance();
                    var fields = new List<ArgumentNode>();
                    while (!IsPunctuator("}"))
                    {
                        var name = ExpectName();
                        Expect(":");
                        fields.Add(new ArgumentNode(name, ParseValue(constant)));
                    }

                    Advance();
                    return new ObjectValue(fields);
                case TokenKind.Int:
                    Advance();
                    return new ConstantValue(long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? (object)l : double.Parse(token.Text, CultureInfo.InvariantCulture));
                case TokenKind.Float:
                    Advance();
                    return new ConstantValue(double.Parse(token.Text, CultureInfo.InvariantCulture));
                case TokenKind.String:
                    Advance();
                    return new ConstantValue(token.Text);
                case TokenKind.Name:
                    Advance();
                    return new ConstantValue(token.Text switch
                    {
                        "true" => true,
                        "false" => false,
                        "null" => null,
                        _ => token.Text,
                    });
                default:
                    throw Error($"Expected a value, found '{token.Text}'");
            }
        }

        private bool IsPunctuator(string text) => current.Kind == TokenKind.Punctuator && current.Text == text;

        private void Expect(string punctuator)
        {
            if (!IsPunctuator(punctuator))
            {
                throw Error($"Expected '{punctuator}', found {Describe(current)}");
            }

            Advance();
        }

        private void ExpectKeyword(string keyword)
        {
            if (current.Kind != TokenKind.Name || current.Text != keyword)
            {
                throw Error($"Expected '{keyword}', found {Describe(current)}");
            }

            Advance();
        }

        private string ExpectName()
        {
            if (current.Kind != TokenKind.Name)
            {
                throw Error($"Expected a name, found {Describe(current)}");
            }

            return Advance().Text;
        }

        private static string Describe(Token token) => token.Kind == TokenKind.End ? "the end of the document" : $"'{token.Text}'";

        private GraphQueryException Error(string message) => new($"Syntax error: {message} (line {current.Line}, column {current.Column}).");

        private Token Advance()
        {
            var previous = current;
            current = Lex();
            return previous;
        }

        private Token Lex()
        {
            while (position < source.Length)
            {
                var c = source[position];
                if (c is ' ' or '\t' or ',' or '\uFEFF' or '\r')
                {
                    position++;
                }
                else if (c == '\n')
                {
                    position++;
                    line++;
                    lineStart = position;
                }
                else if (c == '#')
                {
                    while (position < source.Length && source[position] != '\n')
                    {
                        position++;
                    }
                }
                else
                {
                    break;
                }
            }

            var column = position - lineStart + 1;
            if (position >= source.Length)
            {
                return new Token(TokenKind.End, string.Empty, line, column);
            }

            var start = position;
            var ch = source[position];
            if (ch == '.' )
            {
                if (string.CompareOrdinal(source, position, "...", 0, 3) == 0)
                {
                    position += 3;
                    return new Token(TokenKind.Punctuator, "...", line, column);
                }

                throw new GraphQueryException($"Syntax error: unexpected '.' (line {line}, column {column}).");
            }

            if ("!$&()-:=@[]{}|".Contains(ch, StringComparison.Ordinal) && ch != '-')
            {
                position++;
                return new Token(TokenKind.Punctuator, ch.ToString(), line, column);
            }

            if (char.IsAsciiLetter(ch) || ch == '_')
            {
                while (position < source.Length && (char.IsAsciiLetterOrDigit(source[position]) || source[position] == '_'))
                {
                    position++;
                }

                return new Token(TokenKind.Name, source[start..position], line, column);
            }

            if (char.IsAsciiDigit(ch) || ch == '-')
            {
                position++;
                var isFloat = false;
                while (position < source.Length && (char.IsAsciiDigit(source[position]) || source[position] is '.' or 'e' or 'E' or '+' or '-'))
                {
                    isFloat |= source[position] is '.' or 'e' or 'E';
                    position++;
                }

                return new Token(isFloat ? TokenKind.Float : TokenKind.Int, source[start..position], line, column);
            }

            if (ch == '"')
            {
                return new Token(TokenKind.String, string.CompareOrdinal(source, position, "\"\"\"", 0, 3) == 0 ? BlockString(column) : QuotedString(column), line, column);
            }

            throw new GraphQueryException($"Syntax error: unexpected character '{ch}' (line {line}, column {column}).");
        }

        private string QuotedString(int column)
        {
            position++;
            var text = new StringBuilder();
            while (true)
            {
                if (position >= source.Length || source[position] == '\n')
                {
                    throw new GraphQueryException($"Syntax error: unterminated string (line {line}, column {column}).");
                }

                var c = source[position++];
                if (c == '"')
                {
                    return text.ToString();
                }

                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                var escaped = position < source.Length ? source[position++] : '\0';
                switch (escaped)
                {
                    case '"': text.Append('"'); break;
                    case '\\': text.Append('\\'); break;
                    case '/': text.Append('/'); break;
                    case 'b': text.Append('\b'); break;
                    case 'f': text.Append('\f'); break;
                    case 'n': text.Append('\n'); break;
                    case 'r': text.Append('\r'); break;
                    case 't': text.Append('\t'); break;
                    case 'u' when position + 4 <= source.Length && int.TryParse(source.AsSpan(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        text.Append((char)code);
                        position += 4;
                        break;
                    default:
                        throw new GraphQueryException($"Syntax error: invalid escape in string (line {line}, column {column}).");
                }
            }
        }

        private string BlockString(int column)
        {
            position += 3;
            var end = source.IndexOf("\"\"\"", position, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new GraphQueryException($"Syntax error: unterminated block string (line {line}, column {column}).");
            }

            var raw = source[position..end];
            foreach (var c in raw)
            {
                if (c == '\n')
                {
                    line++;
                }
            }

            position = end + 3;
            lineStart = source.LastIndexOf('\n', end) + 1;
            return raw.Trim();
        }
    }
}
