using System.Net;
using System.Text;
using PlanGraph.Neo4j.Loading;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// A transaction Neo4j rolls back with a TransientError is run again whole (issue: a loader transaction
/// failed with Transaction.ConstraintsChanged while another test assembly ran schema DDL on the server).
/// </summary>
public sealed class TransactionRetryTests : IAsyncDisposable
{
    private readonly Neo4jHttpClient client = TestServer.CreateClient();
    private readonly string prefix = TestServer.NewRunId() + "/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_commit_the_server_rolls_back_with_a_transient_error_is_retried_as_a_whole_transaction()
    {
        using var handler = new RollBackFirstCommit(new SocketsHttpHandler());
        using var flaky = new Neo4jHttpClient(TestServer.Options with { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }, handler);
        var graph = SyntheticPlanGraph.Generate(prefix, documents: 2, nodesPerDocument: 30, relationshipsPerDocument: 40);

        var report = await new GraphLoader(flaky).LoadAsync(graph, new LoadOptions("retry-rules"), null, Ct);

        handler.RolledBack.ShouldBe(1, "the first document's commit was answered with a TransientError");
        report.Loaded.Count.ShouldBe(2);
        var loaded = await GraphSnapshot.CaptureAsync(client, prefix, Ct);

        // The retried load leaves exactly what an undisturbed load leaves.
        await client.RunAsync(LoaderStatements.DeletePrefix, new Dictionary<string, object?> { ["prefix"] = prefix }, Ct);
        await new GraphLoader(client).LoadAsync(graph, new LoadOptions("retry-rules"), null, Ct);
        (await GraphSnapshot.CaptureAsync(client, prefix, Ct)).ShouldBe(loaded);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var attempts = 0;
        var failure = await Should.ThrowAsync<Neo4jException>(() => client.ExecuteWriteAsync<bool>(
            async (transaction, ct) =>
            {
                attempts++;
                await transaction.RunAsync(TestStatements.Broken, null, ct);
                return true;
            },
            Ct));

        failure.Classification.ShouldBe(Neo4jErrorClassification.ClientError);
        attempts.ShouldBe(1);
    }

    public async ValueTask DisposeAsync()
    {
        await client.RunAsync(LoaderStatements.DeletePrefix, new Dictionary<string, object?> { ["prefix"] = prefix }, CancellationToken.None);
        client.Dispose();
    }

    /// <summary>
    /// Rolls back the first transaction commit on the real server and answers it the way Neo4j answers a
    /// transaction it rolled back because the schema changed.
    /// </summary>
    private sealed class RollBackFirstCommit(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public int RolledBack { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var isTransactionCommit = request.Method == HttpMethod.Post && path.EndsWith("/commit", StringComparison.Ordinal)
                && path.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts && long.TryParse(parts[^2], out _);
            if (!isTransactionCommit || RolledBack > 0)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            RolledBack++;
            var transaction = new Uri(request.RequestUri, path[..path.LastIndexOf('/')]);
            using (var rollback = new HttpRequestMessage(HttpMethod.Delete, transaction))
            {
                (await base.SendAsync(rollback, cancellationToken)).Dispose();
            }

            const string body = """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.ConstraintsChanged","message":"Database constraints have changed after this transaction started, which is not yet supported. Please retry your transaction to ensure all constraints are executed."}]}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
