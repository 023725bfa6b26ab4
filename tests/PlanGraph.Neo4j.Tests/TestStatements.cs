using PlanGraph.Neo4j;

namespace PlanGraph.Neo4j.Tests;

/// <summary>Statements the tests send; all scoped by a per-test <c>$run</c> property.</summary>
internal static class TestStatements
{
    public static readonly CypherStatement Echo = new("test.echo", "RETURN $value AS value");

    public static readonly CypherStatement CreateItem = new("test.create-item", "CREATE (n:PlanGraphTest {run: $run, id: $id, name: $name}) RETURN n.id AS id");

    public static readonly CypherStatement StoreProperties = new("test.store-properties", "CREATE (n:PlanGraphTest {run: $run}) SET n += $properties RETURN n { .* } AS stored");

    public static readonly CypherStatement CountRun = new("test.count-run", "MATCH (n:PlanGraphTest) WHERE n.run = $run RETURN count(n) AS count");

    public static readonly CypherStatement ItemsOfRun = new("test.items-of-run", "MATCH (n:PlanGraphTest) WHERE n.run = $run RETURN n.id AS id, n.name AS name, size(n.name) AS nameLength ORDER BY id");

    public static readonly CypherStatement DeleteRun = new("test.delete-run", "MATCH (n:PlanGraphTest) WHERE n.run = $run DETACH DELETE n");

    public static readonly CypherStatement Broken = new("test.broken", "RETURN n.id FROM nowhere");
}
