using System.Net;
using System.Net.Sockets;
using System.Text;
using PlanGraph.Neo4j;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>Retries, timeouts and unavailability, against real sockets and the real server.</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Client_retries_until_a_server_that_starts_late_answers()
    {
        await using var forwarder = new LateTcpForwarder(TestServer.Options.Url);
        var attempts = 0;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                // The first two connection attempts meet a closed port; the "server" comes up before the third.
                if (Interlocked.Increment(ref attempts) >= 3)
                {
                    forwarder.Open();
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var options = TestServer.Options with { Url = forwarder.Url, MaxRetries = 10, RetryBaseDelay = TimeSpan.FromMilliseconds(20) };
        using var client = new Neo4jHttpClient(options, handler);

        var result = await client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = "迟到的服务器" }, TestContext.Current.CancellationToken);

        result.Single<string>("value").ShouldBe("迟到的服务器");
        attempts.ShouldBeGreaterThanOrEqualTo(3);
        forwarder.ForwardedConnections.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Unreachable_server_fails_after_retries_with_a_message_naming_the_url()
    {
        await using var closed = new LateTcpForwarder(TestServer.Options.Url);
        var options = new Neo4jOptions(closed.Url) { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(10) };
        using var client = new Neo4jHttpClient(options);

        var failure = await Should.ThrowAsync<Neo4jUnavailableException>(() => client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = 1 }, TestContext.Current.CancellationToken));

        failure.Url.ShouldBe(closed.Url);
        failure.Message.ShouldContain(closed.Url.ToString());
        failure.Message.ShouldContain("3 attempts");
    }

    [Fact]
    public async Task Server_that_accepts_but_never_answers_times_out()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var url = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}");
            var options = new Neo4jOptions(url) { RequestTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10) };
            using var client = new Neo4jHttpClient(options);

            var failure = await Should.ThrowAsync<Neo4jUnavailableException>(() => client.DiscoverAsync(TestContext.Current.CancellationToken));

            failure.Message.ShouldContain("did not answer");
            failure.Message.ShouldContain(url.ToString());
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task Transient_error_on_autocommit_is_retried_and_the_statement_runs_once()
    {
        var run = TestServer.NewRunId();
        using var transient = new TransientOnceHandler();
        using var client = new Neo4jHttpClient(TestServer.Options with { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }, transient);
        try
        {
            await client.RunAsync(TestStatements.CreateItem, new Dictionary<string, object?> { ["run"] = run, ["id"] = "1", ["name"] = "一次" }, TestContext.Current.CancellationToken);

            transient.Injected.ShouldBeTrue();
            (await client.RunAsync(TestStatements.CountRun, new Dictionary<string, object?> { ["run"] = run }, TestContext.Current.CancellationToken)).Single<long>("count").ShouldBe(1);
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }

    [Fact]
    public async Task Transient_error_inside_an_explicit_transaction_is_not_retried()
    {
        using var transient = new TransientOnceHandler();
        using var client = new Neo4jHttpClient(TestServer.Options with { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }, transient);
        await using var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);
        transient.Arm(transaction.Location);

        var failure = await Should.ThrowAsync<Neo4jException>(() => transaction.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = 1 }, TestContext.Current.CancellationToken));

        failure.IsTransient.ShouldBeTrue();
        transaction.IsFinished.ShouldBeTrue();
    }

    /// <summary>
    /// Deadlocks cannot be provoked on demand, so this handler answers one chosen request the way Neo4j
    /// answers a deadlock (without forwarding it); every other request goes to the real server.
    /// </summary>
    private sealed class TransientOnceHandler : DelegatingHandler
    {
        private Func<HttpRequestMessage, string, bool> armed = (request, body) => request.RequestUri!.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal) && body.Contains("CREATE (n:PlanGraphTest", StringComparison.Ordinal);

        public TransientOnceHandler()
            : base(new SocketsHttpHandler())
        {
        }

        public bool Injected { get; private set; }

        public void Arm(Uri transaction) => armed = (request, _) => request.RequestUri!.AbsolutePath == transaction.AbsolutePath;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            if (!Injected && request.Method == HttpMethod.Post && armed(request, body))
            {
                Injected = true;
                const string deadlock = """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"injected deadlock"}]}""";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(deadlock, Encoding.UTF8, "application/json") };
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
