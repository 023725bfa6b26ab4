using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PlanGraph.Api.Hosting;
using PlanGraph.Extraction;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Local;

namespace PlanGraph.Api.Tests;

/// <summary>
/// The five seed documents extracted and loaded into a Neo4j 3.1.1 of their own (so nothing else in the
/// test database changes the answers), and the real API host over it on a free port, reached over HTTP.
/// </summary>
public sealed class SeedApi : IAsyncLifetime
{
    private static readonly string Root = Path.GetDirectoryName(RepositoryRoot.Find())!;

    private readonly LocalNeo4jServer server = new(new LocalNeo4jSettings(Path.Combine(Root, ".cache", "neo4j"), FreePort(), FreePort()), TextWriter.Null);
    private WebApplication? app;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public Uri BaseAddress { get; private set; } = null!;

    public StatementCounter Counter { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await server.StartAsync(CancellationToken.None);
        var options = new Neo4jOptions(server.Settings.HttpUrl);
        using (var loader = new Neo4jHttpClient(options))
        {
            var graph = GraphExtractor.ExtractFiles(Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt")).Graph;
            await new GraphLoader(loader).LoadAsync(graph, new LoadOptions(GraphExtractor.RulesVersion), null, CancellationToken.None);
        }

        var client = new Neo4jHttpClient(options, Counter);
        await client.DiscoverAsync();
        var builder = PlanGraphApi.CreateBuilder(["--urls", "http://127.0.0.1:0", "--LOG_FORMAT", "none"]);
        builder.Services.AddSingleton(client);
        app = PlanGraphApi.Build(builder);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await server.StopAsync(CancellationToken.None);
        if (Directory.Exists(server.InstanceDirectory))
        {
            Directory.Delete(server.InstanceDirectory, recursive: true);
        }
    }

    /// <summary>POSTs a query; the status and the parsed body.</summary>
    public async Task<(int Status, JsonObject Body)> PostAsync(string query, object? variables = null, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "/graphql"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>POSTs a query that must succeed; its data.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(query, variables);
        if (status != 200 || body["errors"] is not null)
        {
            throw new InvalidOperationException($"HTTP {status}: {body.ToJsonString()}");
        }

        return body["data"]!.AsObject();
    }

    /// <summary>Runs a statement on this fixture's own Neo4j, for tests that put the graph in a state an older loader left.</summary>
    public async Task<CypherResult> RunAsync(CypherStatement statement)
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions(server.Settings.HttpUrl));
        return await client.RunAsync(statement, null, TestContext.Current.CancellationToken);
    }

    /// <summary>The loader's schema step on this fixture's Neo4j (which also fills in what an older loader did not write).</summary>
    public async Task EnsureSchemaAsync()
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions(server.Settings.HttpUrl));
        await new GraphLoader(client).EnsureSchemaAsync(CancellationToken.None);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
