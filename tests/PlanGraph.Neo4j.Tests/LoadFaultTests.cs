using PlanGraph.Neo4j.Loading;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// Neo4j stopped in the middle of a load (a server of the test's own, never the suite's): the load
/// fails with a clear error, no document is left half-written, and a re-run completes to the same
/// state as an uninterrupted load.
/// </summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class LoadFaultTests(PrivateNeo4jFixture neo4j)
{
    [Fact]
    public async Task A_load_interrupted_by_a_stopped_server_recovers_without_loss_or_doubling()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = neo4j.Settings;
        var server = neo4j.Server;
        const string prefix = "fault/";
        var graph = SyntheticPlanGraph.Generate(prefix, documents: 12, nodesPerDocument: 400, relationshipsPerDocument: 600);
        var options = new LoadOptions("fault-rules") { RowsPerRequest = 200 };
        await server.StartAsync(ct);
        {
            var quickFail = new Neo4jOptions(settings.HttpUrl) { MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(50) };

            // Stop the server as soon as the third document is committed.
            Exception? failure;
            using (var client = new Neo4jHttpClient(quickFail))
            {
                Task? stopping = null;
                var progress = new SynchronousProgress(p =>
                {
                    if (p.Done == 3 && stopping is null)
                    {
                        stopping = server.StopAsync(CancellationToken.None);
                    }
                });
                failure = await Record.ExceptionAsync(() => new GraphLoader(client).LoadAsync(graph, options, progress, ct));
                if (stopping is not null)
                {
                    await stopping;
                }
            }

            failure.ShouldNotBeNull("the load must notice the server went away");
            (failure is Neo4jUnavailableException or Neo4jException).ShouldBeTrue(failure.ToString());
            failure.Message.ShouldContain(settings.HttpUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            await server.StartAsync(ct);
            using (var client = new Neo4jHttpClient(new Neo4jOptions(settings.HttpUrl)))
            {
                // Each document is all there or not there at all.
                var perDocument = await client.RunAsync(FaultStatements.EvidencePerDocument, new Dictionary<string, object?> { ["prefix"] = prefix }, ct);
                var expected = graph.Documents.ToDictionary(d => d.Id, d => (long)(graph.Nodes.Sum(n => n.Evidence.Count(e => e.DocumentId == d.Id)) + graph.Relationships.Sum(r => r.Evidence.Count(e => e.DocumentId == d.Id))));
                for (var row = 0; row < perDocument.Rows.Count; row++)
                {
                    var document = perDocument.Value(row, "document").GetString()!;
                    perDocument.Value(row, "evidence").GetInt64().ShouldBe(expected[document], $"document {document} is half loaded");
                }

                perDocument.Rows.Count.ShouldBeGreaterThanOrEqualTo(3);
                perDocument.Rows.Count.ShouldBeLessThan(graph.Documents.Count);

                var rerun = await new GraphLoader(client).LoadAsync(graph, options, null, ct);
                rerun.Skipped.Count.ShouldBe(perDocument.Rows.Count);
                var recovered = await GraphSnapshot.CaptureAsync(client, prefix, ct);

                await client.RunAsync(FaultStatements.DeleteAll, null, ct);
                await new GraphLoader(client).LoadAsync(graph, options, null, ct);
                (await GraphSnapshot.CaptureAsync(client, prefix, ct)).ShouldBe(recovered);
            }
        }
        // Leave the server running and empty for the next test of the collection.
        using var cleaner = new Neo4jHttpClient(new Neo4jOptions(settings.HttpUrl));
        await cleaner.RunAsync(FaultStatements.DeleteAll, null, ct);
    }

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
