namespace PlanGraph.Core;

/// <summary>
/// The extracted graph as plain data: what the loader writes to Neo4j and the exporters write to
/// files. Lists are sorted by id so that the same input serialises to the same bytes.
/// </summary>
public sealed record GraphDocument(
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>A graph with nothing in it.</summary>
    public static GraphDocument Empty { get; } = new([], [], []);
}
