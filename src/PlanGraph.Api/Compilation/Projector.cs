using PlanGraph.Api.Schema;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Turns a node's sub-selection into a Cypher map projection (<c>v { .name, f3: [(v)-->(m) | …] }</c>)
/// and the matching shapes. Nested connections become pattern comprehensions that return, per related
/// node, <c>{n: node map, e: relationship data, s: sort keys}</c>; the shaper sorts and pages them —
/// unless <paramref name="pagesInCypher"/> (Neo4j 5.6+), where each becomes a <see cref="ConnectionRead"/>
/// the server sorts and pages.
/// </summary>
internal sealed class Projector(CompilationScope scope, FilterCompiler filters, QueryLimits limits, bool pagesInCypher = false)
{
    public (string Map, List<Shape> Children) Node(string variable, NodeType? type, IReadOnlyList<FieldSelection> selections, IReadOnlyList<string> path, int depth, bool withLabels)
    {
        var (entries, children) = NodeEntries(variable, type, selections, path, depth);
        if (withLabels && !entries.Contains($"__labels: labels({variable})"))
        {
            entries.Add($"__labels: labels({variable})");
        }

        return ($"{variable} {{{string.Join(", ", entries.Distinct())}}}", children);
    }

    public (List<string> Entries, List<Shape> Children) NodeEntries(string variable, NodeType? type, IReadOnlyList<FieldSelection> selections, IReadOnlyList<string> path, int depth)
    {
        // The id is always projected: it makes every map non-empty and lets transitive relations be made distinct.
        var entries = new List<string> { ".id" };
        if (type is null)
        {
            entries.Add($"__labels: labels({variable})");
        }

        var children = new List<Shape>();
        foreach (var field in selections)
        {
            string[] fieldPath = [.. path, field.ResponseKey];
            var condition = field.TypeCondition is null || field.TypeCondition == PlanGraphModel.NodeInterface ? null : field.TypeCondition;
            var fieldType = type;
            if (condition is not null)
            {
                if (type is not null && type.Name != condition)
                {
                    continue;
                }

                fieldType = PlanGraphModel.Type(condition) ?? throw new GraphQueryException($"Unknown type '{condition}' in a fragment.", fieldPath);
            }

            var typeName = fieldType?.Name ?? PlanGraphModel.NodeInterface;
            if (field.Name == "__typename")
            {
                children.Add(new Shape(field.ResponseKey, ShapeKind.Typename, string.Empty, condition, []) { TypeName = type?.Name });
                continue;
            }

            if (field.Name == "evidence")
            {
                var key = scope.Key();
                entries.Add($"{key}: {StoredEvidence.OfNode(variable, scope.Variable("e"), EvidenceFieldNames(field))}");
                children.Add(new Shape(field.ResponseKey, ShapeKind.NodeEvidence, key, condition, EvidenceFields(field, fieldPath)));
                continue;
            }

            var property = fieldType is null ? PlanGraphModel.CommonProperties.FirstOrDefault(p => p.Field == field.Name) : fieldType.Property(field.Name);
            if (property is not null)
            {
                entries.Add("." + property.Property);
                children.Add(new Shape(field.ResponseKey, ShapeKind.Property, property.Property, condition, []));
                continue;
            }

            var relation = fieldType is null ? PlanGraphModel.CommonRelations.FirstOrDefault(r => r.Field == field.Name) : fieldType.Relation(field.Name);
            if (relation is null)
            {
                throw new GraphQueryException($"{typeName} has no field '{field.Name}'.", fieldPath);
            }

            if (depth + 1 > limits.MaxDepth)
            {
                throw new GraphQueryException($"The request nests relationships deeper than the limit of {limits.MaxDepth}.", fieldPath);
            }

            var owner = fieldType ?? PlanGraphModel.Types[0];
            var target = relation.TargetType == PlanGraphModel.NodeInterface ? null : PlanGraphModel.Type(relation.TargetType);
            var relationKey = scope.Key();
            var reached = scope.Variable("m");
            var via = scope.Variable("r");
            var pattern = relation.Bind(variable, via, reached);
            if (relation.Single)
            {
                var (map, nodeChildren) = Node(reached, target, field.Selections, fieldPath, depth + 1, withLabels: target is null);
                entries.Add($"{relationKey}: head([{pattern} | {map}])");
                children.Add(new Shape(field.ResponseKey, ShapeKind.SingleRelation, relationKey, condition, nodeChildren) { TypeName = target?.Name });
                continue;
            }

            var where = filters.Where(field.Argument("where"), reached, target, fieldPath);
            var order = filters.Order(field.Argument("order"), reached, target, fieldPath);

            // Sort keys that are properties of the related node travel in its map (read by the shaper
            // there) rather than in a list of their own, which costs Neo4j a second read of each.
            var sortProperties = !pagesInCypher && order.All(o => PlainProperty(o.Expression, reached) is not null)
                ? order.Select(o => PlainProperty(o.Expression, reached)!).ToList()
                : null;
            var parts = Connection(
                field,
                target,
                reached,
                fieldPath,
                depth + 1,
                PlanGraphSdl.RelationConnectionName(owner, relation),
                PlanGraphSdl.RelationEdgeName(owner, relation),
                via,
                relation,
                sortProperties);
            var countOnly = parts.Shape.Children.All(c => c.Kind is ShapeKind.TotalCount or ShapeKind.Typename);
            var read = new ConnectionRead(
                pattern,
                where,
                [.. order.Select(o => new SortKey(o.Expression, o.Descending))],
                parts.Shape.Page!,
                relation.Transitive,
                reached,
                via,
                parts.NodeMap,
                parts.EdgeMap);
            if (countOnly)
            {
                // Only totalCount asked for: count in Neo4j instead of shipping every related node
                // (ids for transitive fields, which the shaper makes distinct).
                var filtered = pattern + (where is null ? string.Empty : " WHERE " + where);
                entries.Add(relation.Transitive ? $"{relationKey}: [{filtered} | {reached}.id]" : $"{relationKey}: size([{filtered} | 1])");
                children.Add(parts.Shape with { Key = relationKey, TypeCondition = condition, Distinct = relation.Transitive, CountOnly = true });
                continue;
            }

            if (pagesInCypher)
            {
                entries.Add($"{relationKey}: {read.PagedItems(scope)}");
                children.Add(parts.Shape with { Key = relationKey, TypeCondition = condition, PagedInCypher = true });
                continue;
            }

            entries.Add($"{relationKey}: {read.AllItems(keysInNodeMap: sortProperties is not null)}");
            children.Add(parts.Shape with
            {
                Key = relationKey,
                TypeCondition = condition,
                SortDescending = order.Select(o => o.Descending).ToList(),
                SortProperties = sortProperties,
                Distinct = relation.Transitive,
            });
        }

        return (entries, children);
    }

    /// <summary>
    /// The shape of a connection field (edges, nodes, pageInfo, totalCount) with the projection of its
    /// nodes on <paramref name="nodeVariable"/> and, for relationship connections, its edge data on
    /// <paramref name="relationshipVariable"/>.
    /// </summary>
    public ConnectionParts Connection(
        FieldSelection field,
        NodeType? target,
        string nodeVariable,
        IReadOnlyList<string> path,
        int depth,
        string connectionType,
        string edgeType,
        string? relationshipVariable = null,
        RelationField? relation = null,
        IReadOnlyList<string>? sortProperties = null)
    {
        var page = Page(field, path, limits);
        var entries = new List<string>();
        var edgeEntries = new List<string>();
        var children = new List<Shape>();
        foreach (var part in field.Selections)
        {
            string[] partPath = [.. path, part.ResponseKey];
            switch (part.Name)
            {
                case "__typename":
                    children.Add(new Shape(part.ResponseKey, ShapeKind.Typename, string.Empty, null, []) { TypeName = connectionType });
                    break;
                case "totalCount":
                    children.Add(new Shape(part.ResponseKey, ShapeKind.TotalCount, string.Empty, null, []));
                    break;
                case "pageInfo":
                    children.Add(new Shape(part.ResponseKey, ShapeKind.PageInfo, string.Empty, null, PageInfoFields(part, partPath)));
                    break;
                case "nodes":
                    var (nodeEntries, nodeChildren) = NodeEntries(nodeVariable, target, part.Selections, partPath, depth);
                    entries.AddRange(nodeEntries);
                    children.Add(new Shape(part.ResponseKey, ShapeKind.Nodes, string.Empty, null, nodeChildren) { TypeName = target?.Name });
                    break;
                case "edges":
                    var edgeChildren = new List<Shape>();
                    foreach (var edgeField in part.Selections)
                    {
                        string[] edgePath = [.. partPath, edgeField.ResponseKey];
                        switch (edgeField.Name)
                        {
                            case "__typename":
                                edgeChildren.Add(new Shape(edgeField.ResponseKey, ShapeKind.Typename, string.Empty, null, []) { TypeName = edgeType });
                                break;
                            case "cursor":
                                edgeChildren.Add(new Shape(edgeField.ResponseKey, ShapeKind.Cursor, string.Empty, null, []));
                                break;
                            case "node":
                                var (edgeNodeEntries, edgeNodeChildren) = NodeEntries(nodeVariable, target, edgeField.Selections, edgePath, depth);
                                entries.AddRange(edgeNodeEntries);
                                edgeChildren.Add(new Shape(edgeField.ResponseKey, ShapeKind.EdgeNode, string.Empty, null, edgeNodeChildren) { TypeName = target?.Name });
                                break;
                            case "evidence" when relationshipVariable is not null:
                                edgeEntries.Add($"ev: {StoredEvidence.OfRelationship(relationshipVariable, scope.Variable("e"), EvidenceFieldNames(edgeField))}");
                                edgeChildren.Add(new Shape(edgeField.ResponseKey, ShapeKind.EdgeEvidence, "ev", null, EvidenceFields(edgeField, edgePath)));
                                break;
                            default:
                                var edgeProperty = relation?.EdgeFields.FirstOrDefault(p => p.Field == edgeField.Name)
                                    ?? throw new GraphQueryException($"{edgeType} has no field '{edgeField.Name}'.", edgePath);
                                edgeEntries.Add($"{edgeProperty.Property}: {relationshipVariable}.{edgeProperty.Property}");
                                edgeChildren.Add(new Shape(edgeField.ResponseKey, ShapeKind.EdgeProperty, edgeProperty.Property, null, []));
                                break;
                        }
                    }

                    children.Add(new Shape(part.ResponseKey, ShapeKind.Edges, string.Empty, null, edgeChildren) { TypeName = edgeType });
                    break;
                default:
                    throw new GraphQueryException($"{connectionType} has no field '{part.Name}'.", partPath);
            }
        }

        var baseEntries = target is null ? new List<string> { ".id", $"__labels: labels({nodeVariable})" } : [".id"];
        var allEntries = baseEntries.Concat(entries).Concat((sortProperties ?? []).Select(p => "." + p)).Distinct().ToList();
        return new ConnectionParts(
            new Shape(field.ResponseKey, ShapeKind.RelationConnection, string.Empty, null, children) { Page = page, TypeName = connectionType },
            $"{nodeVariable} {{{string.Join(", ", allEntries)}}}",
            $"{{{string.Join(", ", edgeEntries.Distinct())}}}");
    }

    /// <summary>The stored evidence fields a selection asks for (what the statement must project).</summary>
    private static IEnumerable<string> EvidenceFieldNames(FieldSelection field) => field.Selections.Select(leaf => leaf.Name);

    /// <summary>The property a sort expression reads from <paramref name="variable"/> ("m3.name" → "name"), or null for a computed key.</summary>
    private static string? PlainProperty(string expression, string variable)
    {
        var prefix = variable + ".";
        if (!expression.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var property = expression[prefix.Length..];
        return property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? property : null;
    }

    public static IReadOnlyList<Shape> EvidenceFields(FieldSelection field, IReadOnlyList<string> path)
        => field.Selections.Select(leaf => leaf.Name == "__typename"
            ? new Shape(leaf.ResponseKey, ShapeKind.Typename, string.Empty, null, []) { TypeName = "Evidence" }
            : StoredEvidence.Fields.Contains(leaf.Name)
                ? new Shape(leaf.ResponseKey, ShapeKind.EvidenceField, leaf.Name, null, [])
                : throw new GraphQueryException($"Evidence has no field '{leaf.Name}'.", [.. path, leaf.ResponseKey])).ToList();

    public static PageRequest Page(FieldSelection field, IReadOnlyList<string> path, QueryLimits limits)
    {
        var first = limits.DefaultPageSize;
        if (field.Argument("first") is { } value)
        {
            first = value switch
            {
                long l when l is >= 0 && l <= limits.MaxPageSize => (int)l,
                int i when i >= 0 && i <= limits.MaxPageSize => i,
                _ => throw new GraphQueryException($"{field.Name}: first must be between 0 and {limits.MaxPageSize}, got {value}.", path),
            };
        }

        var offset = 0;
        if (field.Argument("after") is { } after)
        {
            var position = after is string cursor ? ConnectionCursor.Decode(cursor) : null;
            offset = position + 1 ?? throw new GraphQueryException($"{field.Name}: after is not a cursor of this API ({after}).", path);
        }

        return new PageRequest(offset, first);
    }

    private static List<Shape> PageInfoFields(FieldSelection field, IReadOnlyList<string> path)
        => field.Selections.Select(leaf => new Shape(leaf.ResponseKey, leaf.Name switch
        {
            "__typename" => ShapeKind.Typename,
            "hasNextPage" => ShapeKind.HasNextPage,
            "hasPreviousPage" => ShapeKind.HasPreviousPage,
            "startCursor" => ShapeKind.StartCursor,
            "endCursor" => ShapeKind.EndCursor,
            _ => throw new GraphQueryException($"PageInfo has no field '{leaf.Name}'.", [.. path, leaf.ResponseKey]),
        }, string.Empty, null, []) { TypeName = "PageInfo" }).ToList();
}
