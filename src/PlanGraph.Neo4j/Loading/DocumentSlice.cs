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
            var nodes = graph.Nodes
                .Where(n => n.Evidence.Any(e => e.DocumentId == document.Id) || ends.Contains(n.Id))
                .Select(n => n with { Evidence = [.. n.Evidence.Where(e => e.DocumentId == document.Id)] })
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

                if (!nodesById.ContainsKey(relationship.From) || !nodesById.ContainsKey(relationship.To))
                {
                    var missing = nodesById.ContainsKey(relationship.From) ? relationship.To : relationship.From;
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
