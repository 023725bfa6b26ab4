using System.Text.Json;
using System.Text.Json.Nodes;
using PlanGraph.Api.Schema;
using PlanGraph.Api.Search;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Turns the one row the compiled statement returns into the response's <c>data</c>, following the
/// shapes: response keys and aliases are applied here, nested connections are sorted, made distinct and
/// paged here, and stored evidence is decoded here.
/// </summary>
internal static class ResultShaper
{
    public static JsonObject Shape(IReadOnlyList<Shape> shapes, CypherResult result)
    {
        var data = new JsonObject();
        var row = result.Rows.Count > 0 ? result.Rows[0] : null;
        foreach (var shape in shapes)
        {
            if (shape.Kind == ShapeKind.Typename)
            {
                data[shape.ResponseKey] = shape.TypeName;
                continue;
            }

            var value = row is null ? default : row[result.ColumnIndex(shape.Key)];
            data[shape.ResponseKey] = shape.Kind switch
            {
                ShapeKind.RootConnection => RootConnection(shape, value),
                ShapeKind.NodeById => IsNull(value) ? null : NodeObject(value, shape.Children, null),
                ShapeKind.Search => Search(shape, value),
                ShapeKind.Counts => Counts(shape, value),
                ShapeKind.DocumentText => DocumentTextQuery.Shape(shape, value),
                _ => throw new InvalidOperationException($"A root field cannot have shape {shape.Kind}."),
            };
        }

        return data;
    }

    private static JsonObject RootConnection(Shape shape, JsonElement value)
    {
        var total = value.GetProperty("total").GetInt32();
        var items = value.GetProperty("items").EnumerateArray().Select(item => (Node: item, Edge: default(JsonElement))).ToList();
        return Connection(shape, items, total, shape.Page!.Offset);
    }

    private static JsonObject RelationConnection(Shape shape, JsonElement value)
    {
        if (shape.CountOnly)
        {
            var count = IsNull(value) ? 0
                : value.ValueKind == JsonValueKind.Number ? value.GetInt32()
                : value.EnumerateArray().Select(id => id.ToString()).Distinct(StringComparer.Ordinal).Count();
            return Connection(shape, [], count, shape.Page!.Offset);
        }

        if (shape.PagedInCypher)
        {
            // Sorted, made distinct and paged by the server (Neo4j 5.6+).
            var paged = value.GetProperty("items").EnumerateArray().Select(item => (Node: item.GetProperty("n"), Edge: item.GetProperty("e"))).ToList();
            return Connection(shape, paged, value.GetProperty("total").GetInt32(), shape.Page!.Offset);
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
        return Connection(shape, slice, keyed.Count, page.Offset);
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

    private static JsonObject Connection(Shape shape, IReadOnlyList<(JsonElement Node, JsonElement Edge)> items, int total, int offset)
    {
        var connection = new JsonObject();
        foreach (var child in shape.Children)
        {
            connection[child.ResponseKey] = child.Kind switch
            {
                ShapeKind.Typename => child.TypeName,
                ShapeKind.TotalCount => total,
                ShapeKind.PageInfo => PageInfo(child, items.Count, total, offset),
                ShapeKind.Nodes => new JsonArray([.. items.Select(item => (JsonNode?)NodeObject(item.Node, child.Children, child.TypeName))]),
                ShapeKind.Edges => new JsonArray([.. items.Select((item, index) => (JsonNode?)Edge(child, item.Node, item.Edge, offset + index))]),
                _ => throw new InvalidOperationException($"A connection cannot have shape {child.Kind}."),
            };
        }

        return connection;
    }

    private static JsonObject Edge(Shape shape, JsonElement node, JsonElement edge, int position)
    {
        var result = new JsonObject();
        foreach (var child in shape.Children)
        {
            result[child.ResponseKey] = child.Kind switch
            {
                ShapeKind.Typename => child.TypeName,
                ShapeKind.Cursor => ConnectionCursor.Encode(position),
                ShapeKind.EdgeNode => NodeObject(node, child.Children, child.TypeName),
                ShapeKind.EdgeEvidence => EvidenceList(Property(edge, child.Key), child.Children),
                ShapeKind.EdgeProperty => Value(Property(edge, child.Key)),
                _ => throw new InvalidOperationException($"An edge cannot have shape {child.Kind}."),
            };
        }

        return result;
    }

    private static JsonObject PageInfo(Shape shape, int count, int total, int offset)
    {
        var info = new JsonObject();
        foreach (var child in shape.Children)
        {
            info[child.ResponseKey] = child.Kind switch
            {
                ShapeKind.Typename => child.TypeName,
                ShapeKind.HasNextPage => offset + count < total,
                ShapeKind.HasPreviousPage => offset > 0,
                ShapeKind.StartCursor => count == 0 ? null : ConnectionCursor.Encode(offset),
                ShapeKind.EndCursor => count == 0 ? null : ConnectionCursor.Encode(offset + count - 1),
                _ => throw new InvalidOperationException($"PageInfo cannot have shape {child.Kind}."),
            };
        }

        return info;
    }

    private static JsonObject NodeObject(JsonElement map, IReadOnlyList<Shape> children, string? staticType)
    {
        var type = staticType ?? TypeOf(map);
        var node = new JsonObject();
        foreach (var child in children)
        {
            if (child.TypeCondition is not null && child.TypeCondition != type)
            {
                continue;
            }

            node[child.ResponseKey] = child.Kind switch
            {
                ShapeKind.Typename => type,
                ShapeKind.Property => child.Key == "aliases" && IsNull(Property(map, child.Key)) ? new JsonArray() : Value(Property(map, child.Key)),
                ShapeKind.NodeEvidence => EvidenceList(Property(map, child.Key), child.Children),
                ShapeKind.SingleRelation => IsNull(Property(map, child.Key)) ? null : NodeObject(Property(map, child.Key), child.Children, child.TypeName),
                ShapeKind.RelationConnection => RelationConnection(child, Property(map, child.Key)),
                _ => throw new InvalidOperationException($"A node cannot have shape {child.Kind}."),
            };
        }

        return node;
    }

    private static JsonArray Search(Shape shape, JsonElement value)
    {
        var hits = new JsonArray();
        var text = shape.SearchText!;
        var maps = IsNull(value) ? [] : value.EnumerateArray().ToList();
        if (shape.SearchPage is { } page)
        {
            // The index ranked the page; the statement read its nodes (a node deleted since is left out).
            var byId = maps.ToDictionary(map => Property(map, "id").ToString(), StringComparer.Ordinal);
            for (var i = 0; i < page.Hits.Count; i++)
            {
                var match = page.Hits[i];
                if (byId.TryGetValue(match.NodeId, out var map))
                {
                    hits.Add(Hit(shape, map, match.Field, match.Text, page.Offset + i));
                }
            }

            return hits;
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
            hits.Add(Hit(shape, map, field, matched, shape.SearchOffset + i));
        }

        return hits;
    }

    private static JsonObject Hit(Shape shape, JsonElement map, SearchField field, string matched, int position)
    {
        var text = shape.SearchText!;
        var evidence = Ordered(Evidence(Property(map, "__evidence"))).ToList();
        var quoting = evidence.Where(e => Contains(e["quote"]?.ToString() ?? string.Empty, text)).ToList();
        var relevant = quoting.Count > 0 ? quoting : evidence;
        var sentence = field == SearchField.Sentence ? matched : relevant.Count == 0 ? null : relevant[0]["quote"]?.ToString();
        var hit = new JsonObject();
        foreach (var child in shape.Children)
        {
            hit[child.ResponseKey] = child.Kind switch
            {
                ShapeKind.Typename => child.TypeName,
                ShapeKind.HitNode => NodeObject(map, child.Children, null),
                ShapeKind.HitMatched => matched,
                ShapeKind.HitMatchedField => field.ToString().ToUpperInvariant(),
                ShapeKind.HitCursor => ConnectionCursor.Encode(position),
                ShapeKind.HitSentence => sentence,
                ShapeKind.HitEvidence => new JsonArray([.. relevant.Select(e => (JsonNode?)SelectEvidence(e, child.Children))]),
                _ => throw new InvalidOperationException($"A search hit cannot have shape {child.Kind}."),
            };
        }

        return hit;
    }

    private static JsonObject Counts(Shape shape, JsonElement value)
    {
        var counts = new JsonObject();
        foreach (var child in shape.Children)
        {
            if (child.Kind == ShapeKind.Typename)
            {
                counts[child.ResponseKey] = child.TypeName;
                continue;
            }

            var (list, keyName) = child.Kind == ShapeKind.CountsNodes ? ("nodes", "label") : ("relationships", "type");
            var entries = value.GetProperty(list).EnumerateArray()
                .Where(entry => !IsNull(Property(entry, keyName)))
                .OrderBy(entry => Property(entry, keyName).GetString(), StringComparer.Ordinal);
            var array = new JsonArray();
            foreach (var entry in entries)
            {
                var item = new JsonObject();
                foreach (var leaf in child.Children)
                {
                    item[leaf.ResponseKey] = leaf.Kind switch
                    {
                        ShapeKind.Typename => leaf.TypeName,
                        ShapeKind.CountValue => Property(entry, "count").GetInt64(),
                        _ => Property(entry, keyName).GetString(),
                    };
                }

                array.Add(item);
            }

            counts[child.ResponseKey] = array;
        }

        return counts;
    }

    private static JsonArray EvidenceList(JsonElement stored, IReadOnlyList<Shape> fields)
    {
        if (stored.ValueKind == JsonValueKind.Array && stored.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object))
        {
            // Evidence as the compiled statement projects it (a list of maps): ordered and selected on the
            // elements themselves. Building a JsonObject per evidence first was most of this answer's garbage.
            return new([.. stored.EnumerateArray()
                .OrderBy(e => Property(e, "documentId").ValueKind == JsonValueKind.String ? Property(e, "documentId").GetString() : null, StringComparer.Ordinal)
                .ThenBy(e => Property(e, "spanStart") is { ValueKind: JsonValueKind.Number } start ? start.GetInt64() : 0)
                .ThenBy(e => Property(e, "rule").ValueKind == JsonValueKind.String ? Property(e, "rule").GetString() : null, StringComparer.Ordinal)
                .Select(e => (JsonNode?)SelectEvidence(e, fields))]);
        }

        return new([.. Ordered(Evidence(stored)).Select(e => (JsonNode?)SelectEvidence(e, fields))]);
    }

    private static JsonObject SelectEvidence(JsonElement evidence, IReadOnlyList<Shape> fields)
    {
        var selected = new JsonObject();
        foreach (var field in fields)
        {
            selected[field.ResponseKey] = field.Kind == ShapeKind.Typename ? field.TypeName : Value(Property(evidence, field.Key));
        }

        return selected;
    }

    /// <summary>Pattern comprehensions have no order: evidence is listed by document, then position.</summary>
    private static IEnumerable<JsonObject> Ordered(IEnumerable<JsonObject> evidence)
        => evidence.OrderBy(e => e["documentId"]?.ToString(), StringComparer.Ordinal).ThenBy(e => (long?)e["spanStart"] ?? 0).ThenBy(e => e["rule"]?.ToString(), StringComparer.Ordinal);

    private static JsonObject SelectEvidence(JsonObject evidence, IReadOnlyList<Shape> fields)
    {
        var selected = new JsonObject();
        foreach (var field in fields)
        {
            selected[field.ResponseKey] = field.Kind == ShapeKind.Typename ? field.TypeName : evidence[field.Key]?.DeepClone();
        }

        return selected;
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
            var map = new JsonObject();
            foreach (var property in stored.EnumerateObject())
            {
                map[property.Name] = Value(property.Value);
            }

            yield return map;
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

    /// <summary>A stored value as a node: leaves wrap the element (no re-parse), lists become arrays.</summary>
    private static JsonNode? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.Array => new JsonArray([.. value.EnumerateArray().Select(Value)]),
        JsonValueKind.Object => JsonObject.Create(value),
        _ => JsonValue.Create(value),
    };
}
