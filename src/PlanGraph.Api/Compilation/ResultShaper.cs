using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanGraph.Api.Schema;
using PlanGraph.Api.Search;
using PlanGraph.GraphQL.Execution;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Writes the one row the compiled statement returns as the response's <c>data</c>, following the shapes:
/// response keys and aliases are applied here, nested connections are sorted, made distinct and paged here,
/// and stored evidence is decoded here. It reads Neo4j's cells where they are (elements of the answer's
/// document) and writes JSON straight into one buffer: no tree of nodes in between.
/// </summary>
internal static class ResultShaper
{
    public static ShapedData Write(IReadOnlyList<Shape> shapes, CypherResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var ranges = new List<(string Key, Range Value)>(shapes.Count);
        var row = result.Rows.Count > 0 ? result.Rows[0] : null;
        using var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.Options);
        foreach (var shape in shapes)
        {
            var start = buffer.WrittenCount;
            var value = shape.Kind == ShapeKind.Typename || row is null ? default : row[result.ColumnIndex(shape.Key)];
            if (RootField(writer, shape, value))
            {
                writer.Flush();
                writer.Reset();
            }

            ranges.Add((shape.ResponseKey, start..buffer.WrittenCount));
        }

        return new ShapedData(buffer.WrittenMemory, ranges);
    }

    /// <summary>Writes a root field's value; false (nothing written) when it is null.</summary>
    private static bool RootField(Utf8JsonWriter writer, Shape shape, JsonElement value)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Typename:
                writer.WriteStringValue(shape.TypeName);
                return true;
            case ShapeKind.RootConnection:
                RootConnection(writer, shape, value);
                return true;
            case ShapeKind.NodeById:
                if (IsNull(value))
                {
                    return false;
                }

                NodeObject(writer, value, shape.Children, null);
                return true;
            case ShapeKind.Search:
                Search(writer, shape, value);
                return true;
            case ShapeKind.Counts:
                Counts(writer, shape, value);
                return true;
            case ShapeKind.DocumentText:
                if (IsNull(value))
                {
                    return false;
                }

                DocumentTextQuery.Write(writer, shape, value);
                return true;
            default:
                throw new InvalidOperationException($"A root field cannot have shape {shape.Kind}.");
        }
    }

    private static void RootConnection(Utf8JsonWriter writer, Shape shape, JsonElement value)
    {
        var total = value.GetProperty("total").GetInt32();
        var items = value.GetProperty("items");
        var list = new (JsonElement Node, JsonElement Edge)[items.GetArrayLength()];
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            list[i++] = (item, default);
        }

        Connection(writer, shape, list, total, shape.Page!.Offset);
    }

    private static void RelationConnection(Utf8JsonWriter writer, Shape shape, JsonElement value)
    {
        if (shape.CountOnly)
        {
            var count = IsNull(value) ? 0
                : value.ValueKind == JsonValueKind.Number ? value.GetInt32()
                : value.EnumerateArray().Select(id => id.ToString()).Distinct(StringComparer.Ordinal).Count();
            Connection(writer, shape, [], count, shape.Page!.Offset);
            return;
        }

        if (shape.PagedInCypher)
        {
            // Sorted, made distinct and paged by the server (Neo4j 5.6+).
            var paged = value.GetProperty("items").EnumerateArray().Select(item => (Node: item.GetProperty("n"), Edge: item.GetProperty("e"))).ToList();
            Connection(writer, shape, paged, value.GetProperty("total").GetInt32(), shape.Page!.Offset);
            return;
        }

        IEnumerable<JsonElement> items = IsNull(value) ? [] : value.EnumerateArray().ToList();
        if (shape.Distinct)
        {
            items = items.DistinctBy(item => item.GetProperty("n").GetProperty("id").ToString());
        }

        // Sort keys are read once per item, not once per comparison.
        var descending = shape.SortDescending ?? [];
        var keyed = items.Select(item => (Item: item, Keys: SortKeys(shape, item))).ToList();
        keyed.Sort((a, b) => CompareKeys(a.Keys, b.Keys, descending));
        var page = shape.Page!;
        var slice = keyed.Skip(page.Offset).Take(page.First).Select(k => (Node: k.Item.GetProperty("n"), Edge: k.Item.GetProperty("e"))).ToList();
        Connection(writer, shape, slice, keyed.Count, page.Offset);
    }

    private static JsonElement[] SortKeys(Shape shape, JsonElement item)
    {
        if (shape.SortProperties is not { } properties)
        {
            return item.GetProperty("s").EnumerateArray().ToArray();
        }

        var node = item.GetProperty("n");
        var keys = new JsonElement[properties.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Property(node, properties[i]);
        }

        return keys;
    }

    private static void Connection(Utf8JsonWriter writer, Shape shape, IReadOnlyList<(JsonElement Node, JsonElement Edge)> items, int total, int offset)
    {
        writer.WriteStartObject();
        foreach (var child in shape.Children)
        {
            writer.WritePropertyName(child.ResponseKey);
            switch (child.Kind)
            {
                case ShapeKind.Typename:
                    writer.WriteStringValue(child.TypeName);
                    break;
                case ShapeKind.TotalCount:
                    writer.WriteNumberValue(total);
                    break;
                case ShapeKind.PageInfo:
                    PageInfo(writer, child, items.Count, total, offset);
                    break;
                case ShapeKind.Nodes:
                    writer.WriteStartArray();
                    foreach (var item in items)
                    {
                        NodeObject(writer, item.Node, child.Children, child.TypeName);
                    }

                    writer.WriteEndArray();
                    break;
                case ShapeKind.Edges:
                    writer.WriteStartArray();
                    for (var i = 0; i < items.Count; i++)
                    {
                        Edge(writer, child, items[i].Node, items[i].Edge, offset + i);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"A connection cannot have shape {child.Kind}.");
            }
        }

        writer.WriteEndObject();
    }

    private static void Edge(Utf8JsonWriter writer, Shape shape, JsonElement node, JsonElement edge, int position)
    {
        writer.WriteStartObject();
        foreach (var child in shape.Children)
        {
            writer.WritePropertyName(child.ResponseKey);
            switch (child.Kind)
            {
                case ShapeKind.Typename:
                    writer.WriteStringValue(child.TypeName);
                    break;
                case ShapeKind.Cursor:
                    writer.WriteStringValue(ConnectionCursor.Encode(position));
                    break;
                case ShapeKind.EdgeNode:
                    NodeObject(writer, node, child.Children, child.TypeName);
                    break;
                case ShapeKind.EdgeEvidence:
                    EvidenceList(writer, Property(edge, child.Key), child.Children);
                    break;
                case ShapeKind.EdgeProperty:
                    Value(writer, Property(edge, child.Key));
                    break;
                default:
                    throw new InvalidOperationException($"An edge cannot have shape {child.Kind}.");
            }
        }

        writer.WriteEndObject();
    }

    private static void PageInfo(Utf8JsonWriter writer, Shape shape, int count, int total, int offset)
    {
        writer.WriteStartObject();
        foreach (var child in shape.Children)
        {
            writer.WritePropertyName(child.ResponseKey);
            switch (child.Kind)
            {
                case ShapeKind.Typename:
                    writer.WriteStringValue(child.TypeName);
                    break;
                case ShapeKind.HasNextPage:
                    writer.WriteBooleanValue(offset + count < total);
                    break;
                case ShapeKind.HasPreviousPage:
                    writer.WriteBooleanValue(offset > 0);
                    break;
                case ShapeKind.StartCursor:
                    WriteCursor(writer, count == 0 ? null : offset);
                    break;
                case ShapeKind.EndCursor:
                    WriteCursor(writer, count == 0 ? null : offset + count - 1);
                    break;
                default:
                    throw new InvalidOperationException($"PageInfo cannot have shape {child.Kind}.");
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteCursor(Utf8JsonWriter writer, int? position)
    {
        if (position is { } p)
        {
            writer.WriteStringValue(ConnectionCursor.Encode(p));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void NodeObject(Utf8JsonWriter writer, JsonElement map, IReadOnlyList<Shape> children, string? staticType)
    {
        var type = staticType ?? TypeOf(map);
        writer.WriteStartObject();
        foreach (var child in children)
        {
            if (child.TypeCondition is not null && child.TypeCondition != type)
            {
                continue;
            }

            writer.WritePropertyName(child.ResponseKey);
            switch (child.Kind)
            {
                case ShapeKind.Typename:
                    writer.WriteStringValue(type);
                    break;
                case ShapeKind.Property:
                    var property = Property(map, child.Key);
                    if (child.Key == "aliases" && IsNull(property))
                    {
                        writer.WriteStartArray();
                        writer.WriteEndArray();
                    }
                    else
                    {
                        Value(writer, property);
                    }

                    break;
                case ShapeKind.NodeEvidence:
                    EvidenceList(writer, Property(map, child.Key), child.Children);
                    break;
                case ShapeKind.SingleRelation:
                    var single = Property(map, child.Key);
                    if (IsNull(single))
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        NodeObject(writer, single, child.Children, child.TypeName);
                    }

                    break;
                case ShapeKind.RelationConnection:
                    RelationConnection(writer, child, Property(map, child.Key));
                    break;
                default:
                    throw new InvalidOperationException($"A node cannot have shape {child.Kind}.");
            }
        }

        writer.WriteEndObject();
    }

    private static void Search(Utf8JsonWriter writer, Shape shape, JsonElement value)
    {
        var text = shape.SearchText!;
        var maps = IsNull(value) ? [] : value.EnumerateArray().ToList();
        writer.WriteStartArray();
        if (shape.SearchPage is { } page)
        {
            // The index ranked the page; the statement read its nodes (a node deleted since is left out).
            var byId = maps.ToDictionary(map => Property(map, "id").ToString(), StringComparer.Ordinal);
            for (var i = 0; i < page.Hits.Count; i++)
            {
                var match = page.Hits[i];
                if (byId.TryGetValue(match.NodeId, out var map))
                {
                    Hit(writer, shape, map, match.Field, match.Text, page.Offset + i);
                }
            }

            writer.WriteEndArray();
            return;
        }

        for (var i = 0; i < maps.Count; i++)
        {
            // Cypher ranked by the best of name and aliases (whole, prefix, inside); the hit names that one.
            var map = maps[i];
            var candidates = new[] { (Field: SearchField.Name, Text: Property(map, "name").ToString()) }
                .Concat(Strings(Property(map, "aliases")).Select(alias => (Field: SearchField.Alias, Text: alias)))
                .Where(c => Contains(c.Text, text))
                .OrderBy(c => c.Text.Equals(text, StringComparison.OrdinalIgnoreCase) ? 0 : c.Text.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 1 : 2)
                .ThenBy(c => c.Field)
                .ToList();
            var (field, matched) = candidates.Count > 0 ? candidates[0] : (SearchField.Name, Property(map, "name").ToString());
            Hit(writer, shape, map, field, matched, shape.SearchOffset + i);
        }

        writer.WriteEndArray();
    }

    private static void Hit(Utf8JsonWriter writer, Shape shape, JsonElement map, SearchField field, string matched, int position)
    {
        var text = shape.SearchText!;
        var evidence = Ordered(Evidence(Property(map, "__evidence"))).ToList();
        var quoting = evidence.Where(e => Contains(e["quote"]?.ToString() ?? string.Empty, text)).ToList();
        var relevant = quoting.Count > 0 ? quoting : evidence;
        var sentence = field == SearchField.Sentence ? matched : relevant.Count == 0 ? null : relevant[0]["quote"]?.ToString();
        writer.WriteStartObject();
        foreach (var child in shape.Children)
        {
            writer.WritePropertyName(child.ResponseKey);
            switch (child.Kind)
            {
                case ShapeKind.Typename:
                    writer.WriteStringValue(child.TypeName);
                    break;
                case ShapeKind.HitNode:
                    NodeObject(writer, map, child.Children, null);
                    break;
                case ShapeKind.HitMatched:
                    writer.WriteStringValue(matched);
                    break;
                case ShapeKind.HitMatchedField:
                    writer.WriteStringValue(field.ToString().ToUpperInvariant());
                    break;
                case ShapeKind.HitCursor:
                    writer.WriteStringValue(ConnectionCursor.Encode(position));
                    break;
                case ShapeKind.HitSentence:
                    writer.WriteStringValue(sentence);
                    break;
                case ShapeKind.HitEvidence:
                    writer.WriteStartArray();
                    foreach (var e in relevant)
                    {
                        SelectEvidence(writer, e, child.Children);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"A search hit cannot have shape {child.Kind}.");
            }
        }

        writer.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter writer, Shape shape, JsonElement value)
    {
        writer.WriteStartObject();
        foreach (var child in shape.Children)
        {
            writer.WritePropertyName(child.ResponseKey);
            if (child.Kind == ShapeKind.Typename)
            {
                writer.WriteStringValue(child.TypeName);
                continue;
            }

            var (list, keyName) = child.Kind == ShapeKind.CountsNodes ? ("nodes", "label") : ("relationships", "type");
            var entries = value.GetProperty(list).EnumerateArray()
                .Where(entry => !IsNull(Property(entry, keyName)))
                .OrderBy(entry => Property(entry, keyName).GetString(), StringComparer.Ordinal);
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                foreach (var leaf in child.Children)
                {
                    writer.WritePropertyName(leaf.ResponseKey);
                    switch (leaf.Kind)
                    {
                        case ShapeKind.Typename:
                            writer.WriteStringValue(leaf.TypeName);
                            break;
                        case ShapeKind.CountValue:
                            writer.WriteNumberValue(Property(entry, "count").GetInt64());
                            break;
                        default:
                            writer.WriteStringValue(Property(entry, keyName).GetString());
                            break;
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void EvidenceList(Utf8JsonWriter writer, JsonElement stored, IReadOnlyList<Shape> fields)
    {
        writer.WriteStartArray();
        if (stored.ValueKind == JsonValueKind.Array && stored.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object))
        {
            // Evidence as the compiled statement projects it (a list of maps): ordered and selected on the
            // elements themselves, written straight from Neo4j's answer.
            var ordered = stored.EnumerateArray()
                .OrderBy(e => Property(e, "documentId").ValueKind == JsonValueKind.String ? Property(e, "documentId").GetString() : null, StringComparer.Ordinal)
                .ThenBy(e => Property(e, "spanStart") is { ValueKind: JsonValueKind.Number } start ? start.GetInt64() : 0)
                .ThenBy(e => Property(e, "rule").ValueKind == JsonValueKind.String ? Property(e, "rule").GetString() : null, StringComparer.Ordinal);
            foreach (var evidence in ordered)
            {
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    writer.WritePropertyName(field.ResponseKey);
                    if (field.Kind == ShapeKind.Typename)
                    {
                        writer.WriteStringValue(field.TypeName);
                    }
                    else
                    {
                        Value(writer, Property(evidence, field.Key));
                    }
                }

                writer.WriteEndObject();
            }
        }
        else
        {
            foreach (var evidence in Ordered(Evidence(stored)))
            {
                SelectEvidence(writer, evidence, fields);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Pattern comprehensions have no order: evidence is listed by document, then position.</summary>
    private static IEnumerable<JsonObject> Ordered(IEnumerable<JsonObject> evidence)
        => evidence.OrderBy(e => e["documentId"]?.ToString(), StringComparer.Ordinal).ThenBy(e => (long?)e["spanStart"] ?? 0).ThenBy(e => e["rule"]?.ToString(), StringComparer.Ordinal);

    private static void SelectEvidence(Utf8JsonWriter writer, JsonObject evidence, IReadOnlyList<Shape> fields)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.ResponseKey);
            if (field.Kind == ShapeKind.Typename)
            {
                writer.WriteStringValue(field.TypeName);
            }
            else if (evidence[field.Key] is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Decodes stored evidence: a JSON string holding an array, a list of JSON strings, or a list of maps.</summary>
    private static IEnumerable<JsonObject> Evidence(JsonElement stored)
    {
        if (IsNull(stored))
        {
            yield break;
        }

        if (stored.ValueKind == JsonValueKind.String)
        {
            var parsed = JsonNode.Parse(stored.GetString()!);
            if (parsed is JsonArray array)
            {
                foreach (var item in array.OfType<JsonObject>())
                {
                    yield return item;
                }
            }
            else if (parsed is JsonObject single)
            {
                yield return single;
            }

            yield break;
        }

        if (stored.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in stored.EnumerateArray())
            {
                foreach (var evidence in Evidence(item))
                {
                    yield return evidence;
                }
            }

            yield break;
        }

        if (stored.ValueKind == JsonValueKind.Object)
        {
            // Detached from the answer's document, whose buffers go back to the pool after shaping.
            yield return JsonNode.Parse(stored.GetRawText())!.AsObject();
        }
    }

    private static string? TypeOf(JsonElement map)
    {
        foreach (var label in Strings(Property(map, "__labels")))
        {
            if (PlanGraphModel.TypeOfLabel(label) is { } type)
            {
                return type.Name;
            }
        }

        return null;
    }

    private static int CompareKeys(JsonElement[] left, JsonElement[] right, IReadOnlyList<bool> descending)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var desc = i < descending.Count && descending[i];
            var order = CompareValues(left[i], right[i]);
            if (order != 0)
            {
                return desc ? -order : order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <summary>Cypher's ascending order: numbers, then strings, booleans; null sorts last.</summary>
    private static int CompareValues(JsonElement a, JsonElement b)
    {
        var nullA = IsNull(a);
        var nullB = IsNull(b);
        if (nullA || nullB)
        {
            return nullA == nullB ? 0 : nullA ? 1 : -1;
        }

        if (a.ValueKind != b.ValueKind)
        {
            return a.ValueKind.CompareTo(b.ValueKind);
        }

        return a.ValueKind switch
        {
            JsonValueKind.Number => a.GetDouble().CompareTo(b.GetDouble()),
            JsonValueKind.String => string.CompareOrdinal(a.GetString(), b.GetString()),
            _ => string.CompareOrdinal(a.GetRawText(), b.GetRawText()),
        };
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Strings(JsonElement value)
        => value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!) : [];

    private static JsonElement Property(JsonElement map, string key)
        => map.ValueKind == JsonValueKind.Object && map.TryGetProperty(key, out var value) ? value : default;

    private static bool IsNull(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary>A stored value as it is (a missing one as null).</summary>
    private static void Value(Utf8JsonWriter writer, JsonElement value)
    {
        if (IsNull(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }
}
