using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Schema;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// A load completes, whole and unchanged, while another client keeps creating and dropping a constraint:
/// Neo4j aborts the load's open transactions (Transaction.ConstraintsChanged) and the loader runs them
/// again. On the private server, because the schema churn would abort other tests' transactions too.
/// </summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class SchemaChurnLoadTests(PrivateNeo4jFixture neo4j)
{
    [Fact]
    public async Task A_load_completes_while_another_client_keeps_changing_the_schema()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = TestServer.NewRunId() + "/";
        using var client = new Neo4jHttpClient(new Neo4jOptions(neo4j.Settings.HttpUrl) { MaxRetries = 20, RetryBaseDelay = TimeSpan.FromMilliseconds(20) });
        using var ddlClient = new Neo4jHttpClient(new Neo4jOptions(neo4j.Settings.HttpUrl));
        var graph = SyntheticPlanGraph.Generate(prefix, documents: 8, nodesPerDocument: 150, relationshipsPerDocument: 200);
        var dialect = Neo4jDialect.For(await client.DiscoverAsync(ct));
        var label = TestServer.NewLabel();
        await new GraphLoader(client).EnsureSchemaAsync(ct);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var changes = 0;
        var churn = Task.Run(
            async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await ddlClient.RunAsync(dialect.UniqueConstraint(label), null, CancellationToken.None);
                    await ddlClient.RunAsync(dialect.DropUniqueConstraint(label), null, CancellationToken.None);
                    changes++;
                }
            },
            CancellationToken.None);
        LoadReport report;
        try
        {
            // Small requests: each document's transaction spans many requests, as a large document's does.
            report = await new GraphLoader(client).LoadAsync(graph, new LoadOptions("churn-rules") { RowsPerRequest = 100 }, null, ct);
        }
        finally
        {
            await stop.CancelAsync();
            await churn;
        }

        report.Loaded.Count.ShouldBe(graph.Documents.Count);
        changes.ShouldBeGreaterThan(0);
        var loaded = await GraphSnapshot.CaptureAsync(client, prefix, ct);

        // The same graph loaded with no churn leaves the same database.
        await client.RunAsync(LoaderStatements.DeletePrefix, new Dictionary<string, object?> { ["prefix"] = prefix }, ct);
        await new GraphLoader(client).LoadAsync(graph, new LoadOptions("churn-rules"), null, ct);
        (await GraphSnapshot.CaptureAsync(client, prefix, ct)).ShouldBe(loaded);
        await client.RunAsync(LoaderStatements.DeletePrefix, new Dictionary<string, object?> { ["prefix"] = prefix }, CancellationToken.None);
    }
}
