using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Schema;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// The dialect chosen for the real server runs its DDL, and running it again changes nothing. On the
/// tests' private server: a schema change aborts every transaction open on the same server
/// (Neo.TransientError.Transaction.ConstraintsChanged), so no test changes the shared server's schema.
/// </summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class SchemaDialectTests(PrivateNeo4jFixture neo4j)
{
    [Fact]
    public async Task Dialect_ddl_runs_on_the_server_and_is_idempotent()
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions(neo4j.Settings.HttpUrl));
        var ct = TestContext.Current.CancellationToken;
        var server = await client.DiscoverAsync(ct);
        var dialect = Neo4jDialect.For(server);
        var label = TestServer.NewLabel();
        var constraint = dialect.UniqueConstraint(label);
        var index = dialect.Index(label, "year");
        try
        {
            // Schema changes cannot share a transaction with each other's data effects: one request each.
            (await client.RunAsync(constraint, null, ct)).Counters.ConstraintsAdded.ShouldBe(1);
            (await client.RunAsync(index, null, ct)).Counters.IndexesAdded.ShouldBe(1);

            (await client.RunAsync(constraint, null, ct)).Counters.ConstraintsAdded.ShouldBe(0, "a second run is a no-op");
            (await client.RunAsync(index, null, ct)).Counters.IndexesAdded.ShouldBe(0, "a second run is a no-op");

            (await client.RunAsync(dialect.ListConstraints, null, ct)).Column<string>("description").ShouldContain(d => d!.Contains(label, StringComparison.Ordinal));
            (await client.RunAsync(dialect.ListIndexes, null, ct)).Column<string>("description").ShouldContain(d => d!.Contains(label, StringComparison.Ordinal));

            var run = TestServer.NewRunId();
            var duplicate = new CypherStatement("test.duplicate-id", $"CREATE (:{label} {{id: $id}}) CREATE (:{label} {{id: $id}})");
            var violation = await Should.ThrowAsync<Neo4jException>(() => client.RunAsync(duplicate, new Dictionary<string, object?> { ["id"] = run }, ct));
            violation.Code.ShouldBe("Neo.ClientError.Schema.ConstraintValidationFailed");
        }
        finally
        {
            await client.RunAsync(dialect.DropIndex(label, "year"), null, CancellationToken.None);
            await client.RunAsync(dialect.DropUniqueConstraint(label), null, CancellationToken.None);
        }

        (await client.RunAsync(dialect.ListConstraints, null, ct)).Column<string>("description").ShouldNotContain(d => d!.Contains(label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Full_text_support_matches_the_server_generation()
    {
        using var client = TestServer.CreateClient();
        var server = await client.DiscoverAsync(TestContext.Current.CancellationToken);
        var dialect = Neo4jDialect.For(server);

        dialect.SupportsFullText.ShouldBe(server.MajorVersion >= 4);
        if (!dialect.SupportsFullText)
        {
            Should.Throw<NotSupportedException>(() => dialect.FullTextIndex("names", ["Plan"], ["name"]));
        }
    }
}
