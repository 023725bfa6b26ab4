using PlanGraph.Api.Schema;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Turns a node's sub-selection into a Cypher map projection (<c>v { .name, f3: [(v)-->(m) | …] }</c>)
/// and the matching shapes. Nested connections become <see cref="ConnectionRead"/>s, rendered by the server's
/// <paramref name="renderer"/> (the one root connections go through too).
/// </summary>
internal sealed class Projector(CompilationScope scope, FilterCompiler filters, QueryLimits limits, ConnectionRenderer renderer)
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
        // Only what is asked for travels (an empty map projection is valid on 3.1 and 5); the renderer adds the
        // id where the shaper needs it (to make a transitive relation distinct, or as the last sort key).
        var entries = new List<string>();
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
                children.Add(new Shape.Typename(field.ResponseKey, type?.Name) { TypeCondition = condition });
                continue;
            }

            if (field.Name == "evidence")
            {
                var key = scope.Key();
                entries.Add($"{key}: {StoredEvidence.OfNode(variable, scope.Variable("e"), EvidenceFieldNames(field))}");
                children.Add(new Shape.Evidence(field.ResponseKey, key, EvidenceFields(field, fieldPath)) { TypeCondition = condition });
                continue;
            }

            var property = fieldType is null ? PlanGraphModel.CommonProperties.FirstOrDefault(p => p.Field == field.Name) : fieldType.Property(field.Name);
            if (property is not null)
            {
                entries.Add("." + property.Property);
                children.Add(new Shape.Property(field.ResponseKey, property.Property) { TypeCondition = condition });
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
                children.Add(new Shape.SingleRelation(field.ResponseKey, relationKey, target?.Name, nodeChildren) { TypeCondition = condition });
                continue;
            }

            var where = filters.Where(field.Argument("where"), reached, target, fieldPath);
            var order = filters.Order(field.Argument("order"), reached, target, fieldPath);
            var parts = Connection(
                field,
                target,
                reached,
                fieldPath,
                depth + 1,
                PlanGraphSdl.RelationConnectionName(owner, relation),
                PlanGraphSdl.RelationEdgeName(owner, relation),
                via,
                relation);
            // A bare count names no variables, so its text is the one FilterCompiler.Order sorts by (projectsCount),
            // and a root read sorted by it computes it once (ConnectionRenderer).
            var read = new ConnectionRead(
                parts.CountOnly && !relation.Transitive && where is null ? relation.Bind(variable, string.Empty, string.Empty) : pattern,
                where,
                [.. order.Select(o => new SortKey(o.Expression, o.Descending))],
                parts.Page,
                relation.Transitive,
                reached,
                via,
                parts.NodeEntries,
                parts.EdgeMap,
                parts.CountOnly);
            var (expression, items) = renderer.Nested(read, scope);
            entries.Add($"{relationKey}: {expression}");
            children.Add(new Shape.Connection(field.ResponseKey, relationKey, parts.Page, items, parts.Children) { TypeCondition = condition });
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
        RelationField? relation = null)
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
                    children.Add(new Shape.Typename(part.ResponseKey, connectionType));
                    break;
                case "totalCount":
                    children.Add(new Shape.TotalCount(part.ResponseKey));
                    break;
                case "pageInfo":
                    children.Add(new Shape.PageInfo(part.ResponseKey, PageInfoFields(part, partPath)));
                    break;
                case "nodes":
                    var (nodeEntries, nodeChildren) = NodeEntries(nodeVariable, target, part.Selections, partPath, depth);
                    entries.AddRange(nodeEntries);
                    children.Add(new Shape.Nodes(part.ResponseKey, target?.Name, nodeChildren));
                    break;
                case "edges":
                    var edgeChildren = new List<Shape>();
                    foreach (var edgeField in part.Selections)
                    {
                        string[] edgePath = [.. partPath, edgeField.ResponseKey];
                        switch (edgeField.Name)
                        {
                            case "__typename":
                                edgeChildren.Add(new Shape.Typename(edgeField.ResponseKey, edgeType));
                                break;
                            case "cursor":
                                edgeChildren.Add(new Shape.Cursor(edgeField.ResponseKey));
                                break;
                            case "node":
                                var (edgeNodeEntries, edgeNodeChildren) = NodeEntries(nodeVariable, target, edgeField.Selections, edgePath, depth);
                                entries.AddRange(edgeNodeEntries);
                                edgeChildren.Add(new Shape.EdgeNode(edgeField.ResponseKey, target?.Name, edgeNodeChildren));
                                break;
                            case "evidence" when relationshipVariable is not null:
                                edgeEntries.Add($"ev: {StoredEvidence.OfRelationship(relationshipVariable, scope.Variable("e"), EvidenceFieldNames(edgeField))}");
                                edgeChildren.Add(new Shape.Evidence(edgeField.ResponseKey, "ev", EvidenceFields(edgeField, edgePath)));
                                break;
                            default:
                                var edgeProperty = relation?.EdgeFields.FirstOrDefault(p => p.Field == edgeField.Name)
                                    ?? throw new GraphQueryException($"{edgeType} has no field '{edgeField.Name}'.", edgePath);
                                edgeEntries.Add($"{edgeProperty.Property}: {relationshipVariable}.{edgeProperty.Property}");
                                edgeChildren.Add(new Shape.Property(edgeField.ResponseKey, edgeProperty.Property));
                                break;
                        }
                    }

                    children.Add(new Shape.Edges(part.ResponseKey, edgeType, edgeChildren));
                    break;
                default:
                    throw new GraphQueryException($"{connectionType} has no field '{part.Name}'.", partPath);
            }
        }

        var baseEntries = target is null ? new List<string> { $"__labels: labels({nodeVariable})" } : [];
        return new ConnectionParts(children, page, [.. baseEntries.Concat(entries).Distinct()], $"{{{string.Join(", ", edgeEntries.Distinct())}}}");
    }

    /// <summary>The stored evidence fields a selection asks for (what the statement must project).</summary>
    private static IEnumerable<string> EvidenceFieldNames(FieldSelection field) => field.Selections.Select(leaf => leaf.Name);

    public static IReadOnlyList<Shape> EvidenceFields(FieldSelection field, IReadOnlyList<string> path)
        => field.Selections.Select(leaf => leaf.Name == "__typename"
            ? new Shape.Typename(leaf.ResponseKey, "Evidence")
            : StoredEvidence.Fields.Contains(leaf.Name)
                ? (Shape)new Shape.Property(leaf.ResponseKey, leaf.Name)
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
        => field.Selections.Select(leaf => leaf.Name switch
        {
            "__typename" => new Shape.Typename(leaf.ResponseKey, "PageInfo"),
            "hasNextPage" => new Shape.HasNextPage(leaf.ResponseKey),
            "hasPreviousPage" => new Shape.HasPreviousPage(leaf.ResponseKey),
            "startCursor" => new Shape.StartCursor(leaf.ResponseKey),
            "endCursor" => (Shape)new Shape.EndCursor(leaf.ResponseKey),
            _ => throw new GraphQueryException($"PageInfo has no field '{leaf.Name}'.", [.. path, leaf.ResponseKey]),
        }).ToList();
}
