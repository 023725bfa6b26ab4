namespace PlanGraph.Core;

/// <summary>A directed, evidenced relationship between two <see cref="GraphNode"/>s.</summary>
/// <param name="Id">Stable id derived from type, endpoints and distinguishing properties (<see cref="StableId.ForRelationship"/>).</param>
/// <param name="Type">One of <see cref="RelationshipTypes"/>.</param>
/// <param name="From">Id of the start node.</param>
/// <param name="To">Id of the end node.</param>
/// <param name="Properties">Neo4j-storable values, as for <see cref="GraphNode.Properties"/> (e.g. INVOLVES role).</param>
/// <param name="Evidence">Every place in the documents that supports it; never empty.</param>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string From,
    string To,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<Evidence> Evidence);
