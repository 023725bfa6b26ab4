using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanGraph.Core;

/// <summary>
/// The graph.json exchange format (docs/graph-json.md): what `plangraph extract` writes and
/// `plangraph load` reads. Output is deterministic: the same graph gives the same bytes.
/// </summary>
public static class GraphJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, GraphDocument graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
        foreach (var d in graph.Documents)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("fileName", d.FileName);
            writer.WriteString("title", d.Title);
            writer.WriteString("sha256", d.Sha256);
            writer.WriteString("kind", d.Kind);
            if (d.Issuer is not null)
            {
                writer.WriteString("issuer", d.Issuer);
            }

            if (d.Date is not null)
            {
                writer.WriteString("date", d.Date);
            }

            if (d.DocNumber is not null)
            {
                writer.WriteString("docNumber", d.DocNumber);
            }

            if (d.TextSha256 is not null)
            {
                writer.WriteString("textSha256", d.TextSha256);
            }

            if (d.Text is not null)
            {
                writer.WriteString("text", d.Text);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("nodes");
        foreach (var n in graph.Nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", n.Id);
            writer.WriteString("label", n.Label);
            writer.WriteString("name", n.Name);
            writer.WriteStartArray("aliases");
            foreach (var alias in n.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
            WriteProperties(writer, n.Properties);
            WriteEvidence(writer, n.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        foreach (var r in graph.Relationships)
        {
            writer.WriteStartObject();
            writer.WriteString("id", r.Id);
            writer.WriteString("type", r.Type);
            writer.WriteString("from", r.From);
            writer.WriteString("to", r.To);
            WriteProperties(writer, r.Properties);
            WriteEvidence(writer, r.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a graph.json; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="GraphJsonException">The input is not a valid graph.json; the message says where.</exception>
    public static GraphDocument Read(Stream stream, string source)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new GraphJsonException($"{source}: not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}): {e.Message}", e);
        }

        using (json)
        {
            try
            {
                return Graph(json.RootElement);
            }
            catch (InvalidOperationException e)
            {
                // The parser checks structure, not the bytes inside strings (a string that is not UTF-8 fails when
                // read), nor the kind of every value (aliases that are not a list of strings).
                throw new GraphJsonException(
                    e.InnerException is System.Text.DecoderFallbackException
                        ? $"{source}: not valid JSON: a string in it is not valid UTF-8 ({e.InnerException.Message})"
                        : $"{source}: not a valid graph.json: {e.Message}",
                    e);
            }
        }

        GraphDocument Graph(JsonElement root)
        {
            return new GraphDocument(
                [.. Array(root, "documents", "$").Select((d, i) => new SourceDocument(
                    Text(d, "id", $"$.documents[{i}]"), Text(d, "fileName", $"$.documents[{i}]"), Text(d, "title", $"$.documents[{i}]"),
                    Text(d, "sha256", $"$.documents[{i}]"), OptionalText(d, "kind") ?? DocumentKinds.Other)
                {
                    Issuer = OptionalText(d, "issuer"),
                    Date = OptionalText(d, "date"),
                    DocNumber = OptionalText(d, "docNumber"),
                    TextSha256 = OptionalText(d, "textSha256"),
                    Text = OptionalText(d, "text"),
                })],
                [.. Array(root, "nodes", "$").Select((n, i) => new GraphNode(
                    Text(n, "id", $"$.nodes[{i}]"), Text(n, "label", $"$.nodes[{i}]"), Text(n, "name", $"$.nodes[{i}]"),
                    n.TryGetProperty("aliases", out var aliases) ? [.. aliases.EnumerateArray().Select(a => a.GetString() ?? "")] : [],
                    Properties(n, $"$.nodes[{i}]"), Evidence(n, $"$.nodes[{i}]")))],
                [.. Array(root, "relationships", "$").Select((r, i) => new GraphRelationship(
                    Text(r, "id", $"$.relationships[{i}]"), Text(r, "type", $"$.relationships[{i}]"), Text(r, "from", $"$.relationships[{i}]"),
                    Text(r, "to", $"$.relationships[{i}]"), Properties(r, $"$.relationships[{i}]"), Evidence(r, $"$.relationships[{i}]")))]);
        }

        IEnumerable<JsonElement> Array(JsonElement parent, string name, string path)
            => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray()
                : throw new GraphJsonException($"{source}: {path}.{name} must be an array.");

        string Text(JsonElement parent, string name, string path)
            => parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new GraphJsonException($"{source}: {path}.{name} must be a string.");

        static string? OptionalText(JsonElement parent, string name)
            => parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        IReadOnlyDictionary<string, object?> Properties(JsonElement parent, string path)
        {
            var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            if (!parent.TryGetProperty("properties", out var properties))
            {
                return result;
            }

            foreach (var p in properties.EnumerateObject())
            {
                result[p.Name] = Value(p.Value, $"{path}.properties.{p.Name}");
            }

            return result;
        }

        object? Value(JsonElement value, string path) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.TryGetInt64(out var l) ? (object)l : value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            JsonValueKind.Array => value.EnumerateArray().Select((v, i) => Value(v, $"{path}[{i}]")).ToList(),
            _ => throw new GraphJsonException($"{source}: {path} is an object; properties hold only values and lists."),
        };

        IReadOnlyList<Evidence> Evidence(JsonElement parent, string path)
            => [.. Array(parent, "evidence", path).Select((e, i) =>
            {
                var at = $"{path}.evidence[{i}]";
                var lines = Pair(e, "lines", at);
                var span = Pair(e, "span", at);
                return new Evidence(Text(e, "document", at), OptionalText(e, "sectionPath") ?? "", lines.First, lines.Second, span.First, span.Second, Text(e, "quote", at), Text(e, "rule", at));
            })];

        (int First, int Second) Pair(JsonElement parent, string name, string path)
        {
            if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2
                && value[0].TryGetInt32(out var a) && value[1].TryGetInt32(out var b))
            {
                return (a, b);
            }

            throw new GraphJsonException($"{source}: {path}.{name} must be an array of two integers.");
        }
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteEvidence(Utf8JsonWriter writer, IReadOnlyList<Evidence> evidence)
    {
        writer.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("document", e.DocumentId);
            writer.WriteString("sectionPath", e.SectionPath);
            writer.WriteStartArray("lines");
            writer.WriteNumberValue(e.FirstLine);
            writer.WriteNumberValue(e.LastLine);
            writer.WriteEndArray();
            writer.WriteStartArray("span");
            writer.WriteNumberValue(e.SpanStart);
            writer.WriteNumberValue(e.SpanEnd);
            writer.WriteEndArray();
            writer.WriteString("quote", e.Quote);
            writer.WriteString("rule", e.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
