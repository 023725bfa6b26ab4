namespace PlanGraph.Neo4j.Tests;

/// <summary>Tests that share the private server run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PrivateNeo4jCollection : ICollectionFixture<PrivateNeo4jFixture>
{
    public const string Name = "private Neo4j";
}
