using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
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
        // Written into pooled memory that the data keeps until the host has written the response (ShapedData):
        // a growing array would leave every smaller one behind as garbage, and a copy of the answer's size was
        // the last array per request of that size.
        var buffer = new ArrayPoolBufferWriter<byte>(16 * 1024);
        try
        {
            var ranges = new List<(string Key, Range Value)>(shapes.Count);
            var row = result.Rows.Count > 0 ? result.Rows[0] : null;
            using var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.Options);
            for (var i = 0; i < shapes.Count; i++)
            {
                var shape = shapes[i];
                var start = buffer.WrittenCount;
                var value = row is null || Column(shape) is not { } column ? default : row[result.ColumnIndex(column)];
                if (RootField(writer, shape, value))
                {
                    writer.Flush();
                    writer.Reset();
                }

                ranges.Add((shape.ResponseKey, start..buffer.WrittenCount));
            }

            return new ShapedData(buffer.WrittenMemory, ranges, buffer);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>The statement's column a root field reads, or null (<c>__typename</c>).</summary>
    private static string? Column(Shape shape) => shape switch
    {
        Shape.Typename => null,
        Shape.Connection connection => connection.Key,
        Shape.NodeById node => node.Key,
        Shape.Search search => search.Key,
        Shape.Counts counts => counts.Key,
        Shape.DocumentText text => text.Key,
        _ => throw new InvalidOperationException($"A root field cannot be {shape.GetType().Name}."),
    };

    /// <summary>Writes a root field's value; false (nothing written) when it is null.</summary>
    private static bool RootField(Utf8JsonWriter writer, Shape shape, JsonElement value)
    {
        switch (shape)
        {
            case Shape.Typename typename:
                writer.WriteStringValue(typename.TypeName);
                return true;
            case Shape.Connection connection:
                Connection(writer, connection, value);
                return true;
            case Shape.NodeById node:
                if (IsNull(value))
                {
                    return false;
                }

                NodeObject(writer, value, node.Children, null);
                return true;
            case Shape.Search search:
                Search(writer, search, value);
                return true;
            case Shape.Counts counts:
                Counts(writer, counts, value);
                return true;
            case Shape.DocumentText text:
                if (IsNull(value))
                {
                    return false;
                }

                DocumentTextQuery.Write(writer, text, value);
                return true;
            default:
                throw new InvalidOperationException($"A root field cannot be {shape.GetType().Name}.");
        }
    }

    /// <summary>A connection, root or nested, read as its renderer made it come back.</summary>
    private static void Connection(Utf8JsonWriter writer, Shape.Connection shape, JsonElement value)
    {
        switch (shape.Items)
        {
            case ConnectionItems.Counted counted:
                var count = IsNull(value) ? 0
                    : !counted.Distinct ? value.GetInt32()
                    : value.EnumerateArray().Select(id => id.ToString()).Distinct(StringComparer.Ordinal).Count();
                ConnectionFields(writer, shape, ArraySegment<(JsonElement Node, JsonElement Edge)>.Empty, count, shape.Page.Offset);
                break;
            case ConnectionItems.Paged paged:
                // Sorted, made distinct and paged by the server (or, at the root, by the statement's clauses).
                var items = value.GetProperty("items");
                var page = PagePool.Rent(items.GetArrayLength());
                var at = 0;
                foreach (var item in items.EnumerateArray())
                {
                    page[at++] = paged.WithEdges ? (item.GetProperty("n"), item.GetProperty("e")) : (item, default);
                }

                ConnectionFields(writer, shape, new(page, 0, at), value.GetProperty("total").GetInt32(), shape.Page.Offset);
                PagePool.Return(page, clearArray: true);
                break;
            case ConnectionItems.All all:
                AllItems(writer, shape, all, value);
                break;
            default:
                throw new InvalidOperationException($"Unknown connection items {shape.Items.GetType().Name}.");
        }
    }

    /// <summary>Every related item came back (servers that cannot sort inside a pattern comprehension): made distinct, sorted and paged here.</summary>
    private static void AllItems(Utf8JsonWriter writer, Shape.Connection shape, ConnectionItems.All all, JsonElement value)
    {
        var items = new List<(JsonElement Item, JsonElement[] Keys)>(IsNull(value) ? 0 : value.GetArrayLength());
        HashSet<JsonElement>? seen = all.Distinct ? new(RawValueComparer.Instance) : null;
        if (!IsNull(value))
        {
            foreach (var item in value.EnumerateArray())
            {
                if (seen is null || seen.Add(item.GetProperty("n").GetProperty("id")))
                {
                    // Sort keys are read once per item, not once per comparison.
                    items.Add((item, SortKeys(all, item)));
                }
            }
        }

        // Array.Sort is not stable: the position breaks ties.
        var descending = all.SortDescending;
        var positions = new int[items.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        Array.Sort(positions, (a, b) => CompareKeys(items[a].Keys, items[b].Keys, descending) is var order && order != 0 ? order : a.CompareTo(b));
        var page = shape.Page;
        var from = Math.Min(page.Offset, items.Count);
        var length = Math.Min(page.First, items.Count - from);
        var slice = PagePool.Rent(length);
        for (var i = 0; i < length; i++)
        {
            var item = items[positions[from + i]].Item;
            slice[i] = (item.GetProperty("n"), item.GetProperty("e"));
        }

        ConnectionFields(writer, shape, new(slice, 0, length), items.Count, page.Offset);
        PagePool.Return(slice, clearArray: true);
    }

    private static JsonElement[] SortKeys(ConnectionItems.All all, JsonElement item)
    {
        if (all.SortProperties is not { } properties)
        {
            var list = item.GetProperty("s");
            var listed = new JsonElement[list.GetArrayLength()];
            var at = 0;
            foreach (var key in list.EnumerateArray())
            {
                listed[at++] = key;
            }

            return listed;
        }

        var node = item.GetProperty("n");
        var keys = new JsonElement[properties.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Property(node, properties[i]);
        }

        return keys;
    }

    /// <summary>
    /// A connection's page of items, rented (and cleared when returned, so the pool keeps no answer's document reachable)
    /// and passed as a segment, a struct, so neither the page nor an enumerator over it is allocated per connection.
    /// </summary>
    private static ArrayPool<(JsonElement Node, JsonElement Edge)> PagePool => ArrayPool<(JsonElement Node, JsonElement Edge)>.Shared;

    private static ArrayPool<(JsonElement Evidence, int Position)> EvidencePool => ArrayPool<(JsonElement Evidence, int Position)>.Shared;

    private static void ConnectionFields(Utf8JsonWriter writer, Shape.Connection shape, ArraySegment<(JsonElement Node, JsonElement Edge)> items, int total, int offset)
        => WriteObject(writer, shape.Children, (Items: items, Total: total, Offset: offset), static (writer, child, state) =>
        {
            switch (child)
            {
                case Shape.TotalCount:
                    writer.WriteNumberValue(state.Total);
                    break;
                case Shape.PageInfo pageInfo:
                    PageInfo(writer, pageInfo, state.Items.Count, state.Total, state.Offset);
                    break;
                case Shape.Nodes nodes:
                    writer.WriteStartArray();
                    foreach (var item in state.Items)
                    {
                        NodeObject(writer, item.Node, nodes.Children, nodes.TypeName);
                    }

                    writer.WriteEndArray();
                    break;
                case Shape.Edges edges:
                    writer.WriteStartArray();
                    for (var i = 0; i < state.Items.Count; i++)
                    {
                        Edge(writer, edges, state.Items[i].Node, state.Items[i].Edge, state.Offset + i);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"A connection cannot have {child.GetType().Name}.");
            }
        });

    private static void Edge(Utf8JsonWriter writer, Shape.Edges shape, JsonElement node, JsonElement edge, int position)
        => WriteObject(writer, shape.Children, (Node: node, Edge: edge, Position: position), static (writer, child, state) =>
        {
            switch (child)
            {
                case Shape.Cursor:
                    writer.WriteStringValue(ConnectionCursor.Encode(state.Position));
                    break;
                case Shape.EdgeNode edgeNode:
                    NodeObject(writer, state.Node, edgeNode.Children, edgeNode.TypeName);
                    break;
                case Shape.Evidence evidence:
                    EvidenceList(writer, Property(state.Edge, evidence.Key), evidence.Fields);
                    break;
                case Shape.Property property:
                    Value(writer, Property(state.Edge, property.Name));
                    break;
                default:
                    throw new InvalidOperationException($"An edge cannot have {child.GetType().Name}.");
            }
        });

    private static void PageInfo(Utf8JsonWriter writer, Shape.PageInfo shape, int count, int total, int offset)
        => WriteObject(writer, shape.Children, (Count: count, Total: total, Offset: offset), static (writer, child, state) =>
        {
            var (count, total, offset) = state;
            switch (child)
            {
                case Shape.HasNextPage:
                    writer.WriteBooleanValue(offset + count < total);
                    break;
                case Shape.HasPreviousPage:
                    writer.WriteBooleanValue(offset > 0);
                    break;
                case Shape.StartCursor:
                    WriteCursor(writer, count == 0 ? null : offset);
                    break;
                case Shape.EndCursor:
                    WriteCursor(writer, count == 0 ? null : offset + count - 1);
                    break;
                default:
                    throw new InvalidOperationException($"PageInfo cannot have {child.GetType().Name}.");
            }
        });

    /// <summary>
    /// Writes one object of <paramref name="fields"/>: each response key, then <c>__typename</c> as its shape names it,
    /// or what <paramref name="write"/> writes for the field (state passed along, so the callbacks are static: nothing allocated).
    /// </summary>
    internal static void WriteObject<TState>(Utf8JsonWriter writer, IReadOnlyList<Shape> fields, TState state, Action<Utf8JsonWriter, Shape, TState> write)
    {
        writer.WriteStartObject();
        for (var i = 0; i < fields.Count; i++) // indexed: a foreach over the interface boxes an enumerator per object
        {
            var field = fields[i];
            writer.WritePropertyName(field.ResponseKey);
            if (field is Shape.Typename typename)
            {
                writer.WriteStringValue(typename.TypeName);
            }
            else
            {
                write(writer, field, state);
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
        for (var i = 0; i < children.Count; i++) // indexed, as in WriteObject
        {
            var child = children[i];
            if (child.TypeCondition is not null && child.TypeCondition != type)
            {
                continue;
            }

            writer.WritePropertyName(child.ResponseKey);
            switch (child)
            {
                case Shape.Typename:
                    writer.WriteStringValue(type);
                    break;
                case Shape.Property { Name: var name }:
                    var property = Property(map, name);
                    if (name == "aliases" && IsNull(property))
                    {
                        writer.WriteStartArray();
                        writer.WriteEndArray();
                    }
                    else
                    {
                        Value(writer, property);
                    }

                    break;
                case Shape.Evidence evidence:
                    EvidenceList(writer, Property(map, evidence.Key), evidence.Fields);
                    break;
                case Shape.SingleRelation relation:
                    var single = Property(map, relation.Key);
                    if (IsNull(single))
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        NodeObject(writer, single, relation.Children, relation.TypeName);
                    }

                    break;
                case Shape.Connection connection:
                    Connection(writer, connection, Property(map, connection.Key));
                    break;
                default:
                    throw new InvalidOperationException($"A node cannot have {child.GetType().Name}.");
            }
        }

        writer.WriteEndObject();
    }

    private static void Search(Utf8JsonWriter writer, Shape.Search shape, JsonElement value)
    {
        var text = shape.Text;
        var maps = IsNull(value) ? [] : value.EnumerateArray().ToList();
        writer.WriteStartArray();
        if (shape.Page is { } page)
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
            Hit(writer, shape, map, field, matched, shape.Offset + i);
        }

        writer.WriteEndArray();
    }

    private static void Hit(Utf8JsonWriter writer, Shape.Search shape, JsonElement map, SearchField field, string matched, int position)
    {
        var text = shape.Text;
        var evidence = Ordered(Evidence(Property(map, "__evidence"))).ToList();
        var quoting = evidence.Where(e => Contains(e["quote"]?.ToString() ?? string.Empty, text)).ToList();
        var relevant = quoting.Count > 0 ? quoting : evidence;
        var sentence = field == SearchField.Sentence ? matched : relevant.Count == 0 ? null : relevant[0]["quote"]?.ToString();
        WriteObject(writer, shape.Children, (Map: map, Field: field, Matched: matched, Position: position, Sentence: sentence, Relevant: relevant), static (writer, child, state) =>
        {
            switch (child)
            {
                case Shape.HitNode node:
                    NodeObject(writer, state.Map, node.Children, null);
                    break;
                case Shape.HitMatched:
                    writer.WriteStringValue(state.Matched);
                    break;
                case Shape.HitMatchedField:
                    writer.WriteStringValue(state.Field.ToString().ToUpperInvariant());
                    break;
                case Shape.HitCursor:
                    writer.WriteStringValue(ConnectionCursor.Encode(state.Position));
                    break;
                case Shape.HitSentence:
                    writer.WriteStringValue(state.Sentence);
                    break;
                case Shape.HitEvidence hitEvidence:
                    writer.WriteStartArray();
                    foreach (var e in state.Relevant)
                    {
                        SelectEvidence(writer, e, hitEvidence.Fields);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"A search hit cannot have {child.GetType().Name}.");
            }
        });
    }

    private static void Counts(Utf8JsonWriter writer, Shape.Counts shape, JsonElement value)
        => WriteObject(writer, shape.Children, value, static (writer, child, value) =>
        {
            if (child is not Shape.CountList list)
            {
                throw new InvalidOperationException($"Counts cannot have {child.GetType().Name}.");
            }

            var (entriesKey, keyName) = list.OfNodes ? ("nodes", "label") : ("relationships", "type");
            var entries = value.GetProperty(entriesKey).EnumerateArray()
                .Where(entry => !IsNull(Property(entry, keyName)))
                .OrderBy(entry => Property(entry, keyName).GetString(), StringComparer.Ordinal);
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                WriteObject(writer, list.Children, (Entry: entry, KeyName: keyName), static (writer, leaf, state) =>
                {
                    switch (leaf)
                    {
                        case Shape.CountValue:
                            writer.WriteNumberValue(Property(state.Entry, "count").GetInt64());
                            break;
                        case Shape.CountName:
                            writer.WriteStringValue(Property(state.Entry, state.KeyName).GetString());
                            break;
                        default:
                            throw new InvalidOperationException($"A count cannot have {leaf.GetType().Name}.");
                    }
                });
            }

            writer.WriteEndArray();
        });

    private static void EvidenceList(Utf8JsonWriter writer, JsonElement stored, IReadOnlyList<Shape> fields)
    {
        writer.WriteStartArray();
        if (AllMaps(stored))
        {
            // Evidence as the compiled statement projects it (a list of maps): ordered on the elements themselves
            // (no string per key) and written straight from Neo4j's answer.
            var rented = EvidencePool.Rent(stored.GetArrayLength());
            var at = 0;
            foreach (var evidence in stored.EnumerateArray())
            {
                rented[at] = (evidence, at);
                at++;
            }

            var ordered = rented.AsSpan(0, at);
            ordered.Sort(CompareEvidence);
            foreach (var (evidence, _) in ordered)
            {
                WriteObject(writer, fields, evidence, static (writer, field, evidence) =>
                {
                    if (field is not Shape.Property property)
                    {
                        throw new InvalidOperationException($"Evidence cannot have {field.GetType().Name}.");
                    }

                    Value(writer, Property(evidence, property.Name));
                });
            }

            EvidencePool.Return(rented, clearArray: true);
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

    private static bool AllMaps(JsonElement stored)
    {
        if (stored.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var item in stored.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>By the order key (document, then position, then rule; a missing key first), then the order Neo4j gave: the order of <see cref="Ordered"/>.</summary>
    private static int CompareEvidence((JsonElement Evidence, int Position) a, (JsonElement Evidence, int Position) b)
    {
        var order = CompareText(Property(a.Evidence, StoredEvidence.OrderKey), Property(b.Evidence, StoredEvidence.OrderKey));
        return order != 0 ? order : a.Position.CompareTo(b.Position);
    }

    /// <summary>Ordinal order of two string values, a non-string first.</summary>
    private static int CompareText(JsonElement a, JsonElement b)
    {
        var stringA = a.ValueKind == JsonValueKind.String;
        var stringB = b.ValueKind == JsonValueKind.String;
        return stringA && stringB ? CompareStrings(a, b) : stringA.CompareTo(stringB);
    }

    /// <summary>
    /// Ordinal (UTF-16) order of two JSON strings, as <see cref="string.CompareOrdinal(string, string)"/> gives it, read
    /// on Neo4j's UTF-8 bytes where that is the same order, so sorting makes no strings: UTF-8 bytes sort by code
    /// point, which differs from UTF-16 order only between a character above U+FFFF (a four-byte one) and one in
    /// U+E000–U+FFFF. At the first byte that differs the character it belongs to decides; escapes and four-byte
    /// characters there are compared as strings.
    /// </summary>
    private static int CompareStrings(JsonElement a, JsonElement b)
    {
        var rawA = Unquoted(JsonMarshal.GetRawUtf8Value(a));
        var rawB = Unquoted(JsonMarshal.GetRawUtf8Value(b));
        if (!rawA.Contains((byte)'\\') && !rawB.Contains((byte)'\\'))
        {
            var at = rawA.CommonPrefixLength(rawB);
            if (at == rawA.Length || at == rawB.Length)
            {
                return rawA.Length.CompareTo(rawB.Length);
            }

            // The bytes before `at` are the same, so the differing characters start at the same place in both.
            var lead = at;
            while (lead > 0 && (rawA[lead] & 0xC0) == 0x80)
            {
                lead--;
            }

            if (rawA[lead] < 0xF0 && rawB[lead] < 0xF0)
            {
                return rawA[at].CompareTo(rawB[at]);
            }
        }

        return string.CompareOrdinal(a.GetString(), b.GetString());

        static ReadOnlySpan<byte> Unquoted(ReadOnlySpan<byte> raw) => raw.Length >= 2 && raw[0] == (byte)'"' ? raw[1..^1] : raw;
    }

    /// <summary>
    /// Pattern comprehensions have no order: evidence is listed by document, then position, then rule, by its order
    /// key (the compiled statement's maps), else by those fields (evidence stored as JSON).
    /// </summary>
    private static IEnumerable<JsonObject> Ordered(IEnumerable<JsonObject> evidence)
        => evidence.OrderBy(
            e => e[StoredEvidence.OrderKey]?.ToString()
                ?? PlanGraph.Core.Evidence.OrderKeyOf(e["documentId"]?.ToString() ?? string.Empty, (long?)e["spanStart"] ?? 0, e["rule"]?.ToString() ?? string.Empty),
            StringComparer.Ordinal);

    private static void SelectEvidence(Utf8JsonWriter writer, JsonObject evidence, IReadOnlyList<Shape> fields)
        => WriteObject(writer, fields, evidence, static (writer, field, evidence) =>
        {
            if (field is not Shape.Property property)
            {
                throw new InvalidOperationException($"Evidence cannot have {field.GetType().Name}.");
            }

            if (evidence[property.Name] is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        });

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
            JsonValueKind.String => CompareStrings(a, b),
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

    /// <summary>JSON values equal when Neo4j wrote the same bytes (node ids for distinct items): no string per item.</summary>
    private sealed class RawValueComparer : IEqualityComparer<JsonElement>
    {
        public static readonly RawValueComparer Instance = new();

        public bool Equals(JsonElement x, JsonElement y) => JsonMarshal.GetRawUtf8Value(x).SequenceEqual(JsonMarshal.GetRawUtf8Value(y));

        public int GetHashCode(JsonElement obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(JsonMarshal.GetRawUtf8Value(obj));
            return hash.ToHashCode();
        }
    }
}
