using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanGraph.Neo4j.Loading;

/// <summary>
/// A canonical text export of the loaded graph (nodes, relationships, evidence; keys and rows sorted),
/// so two database states can be compared for equivalence. Load records are left out: they differ by
/// design. Scoped to ids starting with a prefix so tests never read each other's data.
/// </summary>
public static class GraphSnapshot
{
    public static readonly CypherStatement SnapshotNodes = new(
        "snapshot.nodes",
        """
        MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
        RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
        ORDER BY id
        """);

    public static readonly CypherStatement SnapshotRelationships = new(
        "snapshot.relationships",
        """
        MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH $prefix
        RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
        ORDER BY id, type, from, to
        """);

    public static readonly CypherStatement SnapshotEvidence = new(
        "snapshot.evidence",
        """
        MATCH (e:Evidence) WHERE e.subject STARTS WITH $prefix
        OPTIONAL MATCH (e)-[:EVIDENCE_FOR]->(n:Entity)
        RETURN e.id AS id, properties(e) AS properties, n.id AS node
        ORDER BY id
        """);

    // Quotes stay readable Chinese in the export instead of \uXXXX escapes; it is never embedded in HTML.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<string> CaptureAsync(Neo4jHttpClient client, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var parameters = new Dictionary<string, object?> { ["prefix"] = prefix };
        var results = await client.RunAsync(
            [SnapshotNodes.Bind(parameters), SnapshotRelationships.Bind(parameters), SnapshotEvidence.Bind(parameters)],
            cancellationToken);
        var text = new StringBuilder();
        foreach (var result in results)
        {
            text.Append("# ").Append(result.StatementName).Append('\n');
            foreach (var row in result.Rows)
            {
                var line = new JsonArray([.. row.Select(Canonical)]);
                text.Append(line.ToJsonString(Readable)).Append('\n');
            }
        }

        return text.ToString();
    }

    // Property maps come back in the server's order; sort keys and list-valued labels so that equal
    // states print equally.
    private static JsonNode? Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Name, Canonical(p.Value)))),
        // Support lists grow in load order; as sets, their order carries no meaning.
        JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            => new JsonArray([.. element.EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal).Select(s => (JsonNode?)JsonValue.Create(s))]),
        JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().Select(Canonical)]),
        _ => JsonNode.Parse(element.GetRawText()),
    };
}
