using System.Text.Json;

namespace PlanGraph.Neo4j;

/// <summary>What a statement changed, as Neo4j reports it ("stats" in the HTTP API).</summary>
public sealed record CypherCounters(
    bool ContainsUpdates,
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    long LabelsAdded,
    long LabelsRemoved,
    long IndexesAdded,
    long IndexesRemoved,
    long ConstraintsAdded,
    long ConstraintsRemoved)
{
    /// <summary>No changes (also used when the server sent no stats).</summary>
    public static readonly CypherCounters None = new(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    internal static CypherCounters Read(JsonElement stats)
    {
        if (stats.ValueKind != JsonValueKind.Object)
        {
            return None;
        }

        long Count(params string[] names)
        {
            foreach (var name in names)
            {
                if (stats.TryGetProperty(name, out var value) && value.TryGetInt64(out var count))
                {
                    return count;
                }
            }

            return 0;
        }

        return new CypherCounters(
            stats.TryGetProperty("contains_updates", out var updates) && updates.ValueKind == JsonValueKind.True,
            Count("nodes_created"),
            Count("nodes_deleted"),
            Count("relationships_created"),
            // Neo4j spells this one "relationship_deleted" (3.x and 5.x alike).
            Count("relationship_deleted", "relationships_deleted"),
            Count("properties_set"),
            Count("labels_added"),
            Count("labels_removed"),
            Count("indexes_added"),
            Count("indexes_removed"),
            Count("constraints_added"),
            Count("constraints_removed"));
    }
}
