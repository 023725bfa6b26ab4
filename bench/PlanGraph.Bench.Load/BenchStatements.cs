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
        "MATCH (n) WHERE (n:Entity OR n:Evidence) AND (n.id STARTS WITH $prefix OR n.subject STARTS WITH $prefix) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted");

    // The server's used heap in bytes (Neo4j 3.x and 4.x; 5.x renamed the procedure's output).
    public static readonly CypherStatement HeapUsed = new(
        "bench.heap-used",
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used");
}
