using PlanGraph.Core;

namespace PlanGraph.Neo4j.Loading;

/// <summary>
/// The part of a graph one document supports: the nodes and relationships with evidence from it,
/// plus the end nodes of those relationships (a relationship the document states makes its ends
/// exist for that document too), each with only that document's evidence.
/// </summary>
internal sealed record DocumentSlice(
    SourceDocument Document,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships)
{
    public static IReadOnlyList<DocumentSlice> Split(GraphDocument graph)
    {
        var nodesById = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (!nodesById.TryAdd(node.Id, node))
            {
                throw new GraphLoadException($"node id '{node.Id}' occurs twice in the graph.");
            }
        }

        Validate(graph);
        var slices = new List<DocumentSlice>(graph.Documents.Count);
        foreach (var document in graph.Documents)
        {
            var relationships = graph.Relationships
                .Where(r => r.Evidence.Any(e => e.DocumentId == document.Id))
                .Select(r => r with { Evidence = [.. r.Evidence.Where(e => e.DocumentId == document.Id)] })
                .ToList();
            var ends = new HashSet<string>(relationships.SelectMany(r => new[] { r.From, r.To }), StringComparer.Ordinal);
            // A node the document names only as the end of a relationship is supported by that
            // relationship's evidence; recording it as the node's evidence keeps every piece of support
            // findable through the evidence index when the document is reloaded or unloaded.
            var endEvidence = relationships
                .SelectMany(r => new[] { (r.From, r), (r.To, r) })
                .GroupBy(p => p.Item1, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.SelectMany(p => p.r.Evidence.Select(e => e with { Rule = "endpoint:" + e.Rule })).ToList(), StringComparer.Ordinal);
            var nodes = graph.Nodes
                .Where(n => n.Evidence.Any(e => e.DocumentId == document.Id) || ends.Contains(n.Id))
                .Select(n =>
                {
                    List<Evidence> own = [.. n.Evidence.Where(e => e.DocumentId == document.Id)];
                    return n with { Evidence = own.Count > 0 ? own : endEvidence[n.Id] };
                })
                .ToList();
            slices.Add(new DocumentSlice(document, nodes, relationships));
        }

        return slices;

        void Validate(GraphDocument g)
        {
            var documentIds = new HashSet<string>(g.Documents.Select(d => d.Id), StringComparer.Ordinal);
            foreach (var node in g.Nodes)
            {
                if (!LoadStatements.MergeNodes.ContainsKey(node.Label))
                {
                    throw new GraphLoadException($"node '{node.Id}' has label '{node.Label}', which is not in the graph model ({string.Join(", ", NodeLabels.All)}).");
                }

                CheckEvidence("node", node.Id, node.Evidence);
            }

            foreach (var relationship in g.Relationships)
            {
                if (!LoadStatements.MergeRelationships.ContainsKey(relationship.Type))
                {
                    throw new GraphLoadException($"relationship '{relationship.Id}' has type '{relationship.Type}', which is not in the graph model ({string.Join(", ", RelationshipTypes.All)}).");
                }

                // An end may be a source document itself (MENTIONED_IN), which the loader always creates.
                bool Known(string id) => nodesById.ContainsKey(id) || documentIds.Contains(id);
                if (!Known(relationship.From) || !Known(relationship.To))
                {
                    var missing = Known(relationship.From) ? relationship.To : relationship.From;
                    throw new GraphLoadException($"relationship '{relationship.Id}' ({relationship.Type}) refers to node '{missing}', which is not in the graph.");
                }

                CheckEvidence("relationship", relationship.Id, relationship.Evidence);
            }

            void CheckEvidence(string what, string id, IReadOnlyList<Evidence> evidence)
            {
                if (evidence.Count == 0)
                {
                    throw new GraphLoadException($"{what} '{id}' has no evidence; every fact must say where the text states it.");
                }

                foreach (var e in evidence)
                {
                    if (!documentIds.Contains(e.DocumentId))
                    {
                        throw new GraphLoadException($"{what} '{id}' cites document '{e.DocumentId}', which is not among the graph's documents.");
                    }
                }
            }
        }
    }
}
