using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PlanGraph.Api.Hosting;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Tests;

/// <summary>
/// The real API host on a free port over the test Neo4j, reached over real HTTP. Its Neo4j client counts
/// the statements it sends, so tests can prove one statement per GraphQL request.
/// </summary>
public sealed class ApiHost : IAsyncLifetime
{
    private WebApplication? app;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public Uri BaseAddress { get; private set; } = null!;

    public StatementCounter Counter { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var builder = PlanGraphApi.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        var client = new Neo4jHttpClient(Neo4jOptions.FromEnvironment(), Counter);

        // The client asks the server its version once (on 3.x through dbms.components()); do it now so
        // the statement counts of the tests see only what requests send.
        await client.DiscoverAsync();
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
    }

    /// <summary>POSTs a query; returns the status and the parsed body.</summary>
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

    /// <summary>POSTs a query that must succeed; returns its data.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(query, variables);
        if (status != 200 || body["errors"] is not null)
        {
            throw new InvalidOperationException($"HTTP {status}: {body.ToJsonString()}");
        }

        return body["data"]!.AsObject();
    }
}
