namespace PlanGraph.Neo4j;

/// <summary>Statements the client itself sends.</summary>
public static class ServerStatements
{
    /// <summary>Name, versions and edition of the server (3.x does not report its edition over REST).</summary>
    public static readonly CypherStatement Components = new(
        "server.components",
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition");
}
