using System.Text;
using System.Text.Json;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// The root field <c>documentText(documentId, fromLine, toLine)</c>: lines of a stored document's original text
/// (the lines evidence's firstLine and lastLine count), so a reader sees a fact's sentence in place. At most
/// <see cref="MaxLines"/> lines per request; the text itself never leaves Neo4j whole.
/// </summary>
internal static class DocumentTextQuery
{
    /// <summary>The most lines one request returns.</summary>
    public const int MaxLines = 500;

    private static readonly Dictionary<string, string> LineFields = new(StringComparer.Ordinal) { ["number"] = "number", ["text"] = "text" };

    private static readonly Dictionary<string, string> TextFields = new(StringComparer.Ordinal)
    {
        ["documentId"] = "id", ["title"] = "title", ["fileName"] = "fileName", ["lineCount"] = "total", ["fromLine"] = "from", ["toLine"] = "to", ["lines"] = "lines",
    };

    /// <summary>Appends the clauses that bind <paramref name="column"/> to the requested lines (or null when there is no such document).</summary>
    public static Shape Compile(FieldSelection field, CompilationScope scope, string column, Func<string, string> with, StringBuilder cypher, string[] path)
    {
        if (field.Argument("documentId") is not string documentId || documentId.Length == 0)
        {
            throw new GraphQueryException("documentText: the argument documentId (a document id such as document:…) is required.", path);
        }

        var from = Line(field, "fromLine", path);
        var to = Line(field, "toLine", path);
        if (to < from)
        {
            throw new GraphQueryException($"documentText: toLine ({to}) must not be before fromLine ({from}).", path);
        }

        if (to - from + 1 > MaxLines)
        {
            throw new GraphQueryException($"documentText: at most {MaxLines} lines per request, asked for {to - from + 1} (lines {from}–{to}).", path);
        }

        var children = field.Selections.Select(child => Child(child, TextFields, "DocumentText", [.. path, child.ResponseKey])).ToList();
        var node = scope.Variable("v");
        var found = scope.Variable("h");
        var lines = scope.Variable("l");
        var first = scope.Parameter((long)from);
        cypher.Append($"OPTIONAL MATCH ({node}:Document) WHERE {node}.id = {scope.Parameter(documentId)}\n");
        cypher.Append(with($"head(collect({node})) AS {found}"));
        cypher.Append(with($"{found}, CASE WHEN {found}.text IS NULL THEN [] ELSE split({found}.text, {scope.Parameter("\n")}) END AS {lines}"));
        cypher.Append(with($"CASE WHEN {found} IS NULL THEN null ELSE {{id: {found}.id, title: {found}.title, fileName: {found}.fileName, total: size({lines}), from: {first}, "
            + $"lines: {lines}[{scope.Parameter((long)from - 1)}..{scope.Parameter((long)to)}]}} END AS {column}"));
        return new Shape.DocumentText(field.ResponseKey, column, children);
    }

    /// <summary>Writes the response object: the document, its line count and the lines asked for that exist.</summary>
    public static void Write(Utf8JsonWriter writer, Shape.DocumentText shape, JsonElement value)
    {
        var from = value.GetProperty("from").GetInt32();
        var lines = value.GetProperty("lines");
        var count = lines.GetArrayLength();
        ResultShaper.WriteObject(writer, shape.Children, (Value: value, Lines: lines, From: from, Count: count), static (writer, child, state) =>
        {
            switch (child)
            {
                case Shape.DocumentLines documentLines:
                    writer.WriteStartArray();
                    var number = state.From;
                    foreach (var line in state.Lines.EnumerateArray())
                    {
                        var text = line.GetString()!.TrimEnd('\r');
                        ResultShaper.WriteObject(writer, documentLines.Children, (Number: number++, Text: text), static (writer, field, line) =>
                        {
                            switch (field)
                            {
                                case Shape.Property { Name: "number" }:
                                    writer.WriteNumberValue(line.Number);
                                    break;
                                case Shape.Property:
                                    writer.WriteStringValue(line.Text);
                                    break;
                                default:
                                    throw new InvalidOperationException($"A document line cannot have {field.GetType().Name}.");
                            }
                        });
                    }

                    writer.WriteEndArray();
                    break;
                case Shape.Property { Name: "to" }:
                    writer.WriteNumberValue(state.Count == 0 ? state.From - 1 : state.From + state.Count - 1);
                    break;
                case Shape.Property property:
                    state.Value.GetProperty(property.Name).WriteTo(writer);
                    break;
                default:
                    throw new InvalidOperationException($"documentText cannot have {child.GetType().Name}.");
            }
        });
    }

    private static Shape Child(FieldSelection field, Dictionary<string, string> known, string typeName, string[] path)
    {
        if (field.Name == "__typename")
        {
            return new Shape.Typename(field.ResponseKey, typeName);
        }

        if (!known.TryGetValue(field.Name, out var key))
        {
            throw new GraphQueryException($"{typeName} has no field '{field.Name}'.", path);
        }

        return key == "lines"
            ? new Shape.DocumentLines(field.ResponseKey, [.. field.Selections.Select(line => Child(line, LineFields, "DocumentLine", [.. path, line.ResponseKey]))])
            : new Shape.Property(field.ResponseKey, key);
    }

    private static int Line(FieldSelection field, string argument, string[] path)
    {
        var line = field.Argument(argument) switch
        {
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            int i => i,
            null => throw new GraphQueryException($"documentText: the argument {argument} (a line number, 1 or more) is required.", path),
            _ => throw new GraphQueryException($"documentText: {argument} must be an Int.", path),
        };
        return line >= 1 ? line : throw new GraphQueryException($"documentText: {argument} must be 1 or more, got {line}.", path);
    }
}
