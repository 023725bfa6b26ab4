using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PlanGraph.Api.Hosting;
using PlanGraph.Neo4j;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// The host chooses the compiler's dialect from the server it discovers. No Neo4j 5 runs here, so the
/// server is a handler answering discovery as Neo4j 5 does and recording the statements it is sent.
/// </summary>
public sealed class Neo4j5HostCompilerTests
{
    [Fact]
    public async Task A_host_over_Neo4j5_sends_one_full_text_statement_per_search_request()
    {
        using var neo4j = new Neo4j5Server();
        var builder = PlanGraphApi.CreateBuilder(["--urls", "http://127.0.0.1:0", "--LOG_FORMAT", "none"]);
        using var client = new Neo4jHttpClient(new Neo4jOptions(new Uri("http://db.internal:17474")), neo4j);
        builder.Services.AddSingleton(client);
        await using var app = PlanGraphApi.Build(builder);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var body = await Post(http, """{ latin: search(text: "vcsel") { matched } search(text: "河套") { matched } }""");
        await Post(http, """{ search(text: "oxford") { matched } }""");

        body["errors"].ShouldBeNull(body.ToJsonString());
        body["data"]!["search"]!.AsArray().ShouldBeEmpty();
        neo4j.Statements.Count.ShouldBe(2, "one statement per request; discovery is a GET on Neo4j 5");
        neo4j.Statements[0].Statement.ShouldContain("CALL db.index.fulltext.queryNodes(");
        neo4j.Statements[0].Statement.ShouldNotContain("河套");
        neo4j.Statements[0].Parameters.ShouldContain("\"河套\"", "the Lucene phrase");
        neo4j.Statements[0].Statement.Split("CALL db.index.fulltext").Length.ShouldBe(2, "Latin text keeps CONTAINS");
        neo4j.Statements[1].Statement.ShouldNotContain("fulltext");
    }

    private static async Task<JsonObject> Post(HttpClient http, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content, TestContext.Current.CancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    /// <summary>Discovery as Neo4j 5 answers it; every statement answered with one row of empty lists (no search hits).</summary>
    private sealed class Neo4j5Server : HttpMessageHandler
    {
        public List<(string Statement, List<string?> Parameters)> Statements { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == "/")
            {
                return Json("""{"transaction":"http://localhost:7474/db/{databaseName}/tx","neo4j_version":"5.26.0","neo4j_edition":"community"}""");
            }

            using var sent = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var results = new JsonArray();
            foreach (var statement in sent.RootElement.GetProperty("statements").EnumerateArray())
            {
                var text = statement.GetProperty("statement").GetString()!;
                var parameters = statement.TryGetProperty("parameters", out var p)
                    ? p.EnumerateObject().Select(v => v.Value.ValueKind == JsonValueKind.String ? v.Value.GetString() : v.Value.GetRawText()).ToList()
                    : [];
                Statements.Add((text, parameters));
                var columns = text[(text.LastIndexOf("RETURN ", StringComparison.Ordinal) + 7)..].Split(", ");
                results.Add(new JsonObject
                {
                    ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode?)c)]),
                    ["data"] = new JsonArray(new JsonObject { ["row"] = new JsonArray([.. columns.Select(_ => (JsonNode?)new JsonArray())]), ["meta"] = new JsonArray() }),
                });
            }

            return Json(new JsonObject { ["results"] = results, ["errors"] = new JsonArray() }.ToJsonString());
        }

        private static HttpResponseMessage Json(string body)
            => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
