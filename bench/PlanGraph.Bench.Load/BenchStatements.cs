using PlanGraph.Neo4j;

namespace PlanGraph.Bench.Load;

/// <summary>Statements of the load benchmark only.</summary>
internal static class BenchStatements
{
    public static readonly CypherStatement NaiveNode = new(
        "bench.naive-node", "MERGE (n:Entity {id: $id}) SET n.name = $name, n.quote = $quote");

    public static readonly CypherStatement NaiveRelationship = new(
        "bench.naive-relationship",
        "MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) MERGE (a)-[r:SUPPORTS {id: $id}]->(b) SET r.quote = $quote");

    // Batches keep each transaction small on a 512 MB heap.
    public static readonly CypherStatement DeleteBench = new(
        "bench.delete",
        "MATCH (n) WHERE (n:Entity OR n:Evidence) AND (n.id STARTS WITH 'bench/' OR n.subject STARTS WITH 'bench/') WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted");
}
