namespace PlanGraph.Core;

/// <summary>An entity of the graph.</summary>
/// <param name="Id">Stable id (<see cref="StableId"/>): the same input always yields the same id.</param>
/// <param name="Label">One of <see cref="NodeLabels"/>.</param>
/// <param name="Name">Chinese canonical name (Neo4j Browser captions nodes by it).</param>
/// <param name="Aliases">Other surface forms seen in the documents, sorted, without the name.</param>
/// <param name="Properties">
/// Label-specific properties. Values are Neo4j-storable: string, long, double, bool, or a list of
/// strings, longs or doubles; null means absent.
/// </param>
/// <param name="Evidence">Every place in the documents that supports this node; never empty.</param>
public sealed record GraphNode(
    string Id,
    string Label,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<Evidence> Evidence);
