using System.Net;
using System.Text;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Schema;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// No Neo4j 5 can run here, so the 4.x/5.x side of the protocol (discovery document, /db/{database}/tx,
/// absolute URLs naming the server's own host, basic auth) is checked against answers shaped like
/// Neo4j 5's HTTP API documentation describes them. The request side is what the client really sends.
/// </summary>
public sealed class Neo4j5ProtocolTests
{
    [Fact]
    public async Task Discovery_uses_the_database_template_and_our_host()
    {
        using var server = new Neo4j5Answers();
        using var client = new Neo4jHttpClient(new Neo4jOptions(new Uri("http://db.internal:17474"), "neo4j", "s3cret 密码", "plans"), server);

        var info = await client.DiscoverAsync(TestContext.Current.CancellationToken);

        info.Version.ShouldBe("5.26.0");
        info.MajorVersion.ShouldBe(5);
        info.Edition.ShouldBe("community");
        info.Database.ShouldBe("plans");
        info.TransactionEndpoint.ShouldBe(new Uri("http://db.internal:17474/db/plans/tx"));
        Neo4jDialect.For(info).ShouldBeOfType<Neo4j5Dialect>();
    }

    [Fact]
    public async Task Explicit_transaction_follows_the_location_onto_our_host_with_basic_auth()
    {
        using var server = new Neo4j5Answers();
        using var client = new Neo4jHttpClient(new Neo4jOptions(new Uri("http://db.internal:17474"), "neo4j", "s3cret 密码"), server);
        var statement = new CypherStatement("test.protocol", "RETURN $x AS x");

        await using (var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            transaction.Location.ShouldBe(new Uri("http://db.internal:17474/db/neo4j/tx/12"));
            var result = await transaction.RunAsync(statement, new Dictionary<string, object?> { ["x"] = 9007199254740993L }, TestContext.Current.CancellationToken);
            result.Single<long>("x").ShouldBe(9007199254740993L);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        server.Requests.ShouldBe(
        [
            "GET http://db.internal:17474/",
            "POST http://db.internal:17474/db/neo4j/tx",
            "POST http://db.internal:17474/db/neo4j/tx/12",
            "POST http://db.internal:17474/db/neo4j/tx/12/commit",
        ]);
        server.Authorizations.Distinct().ShouldBe(["Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret 密码"))]);
        server.Bodies[2].ShouldContain("\"x\":9007199254740993");
    }

    [Fact]
    public async Task Unauthorized_surfaces_with_neo4j_code()
    {
        using var server = new Neo4j5Answers { RefuseCredentials = true };
        using var client = new Neo4jHttpClient(new Neo4jOptions(new Uri("http://db.internal:17474"), "neo4j", "wrong"), server);

        var failure = await Should.ThrowAsync<Neo4jException>(() => client.RunAsync(new CypherStatement("test.protocol", "RETURN 1 AS one"), null, TestContext.Current.CancellationToken));

        failure.Code.ShouldBe("Neo.ClientError.Security.Unauthorized");
        failure.Classification.ShouldBe(Neo4jErrorClassification.ClientError);
    }

    /// <summary>Answers as a Neo4j 5 at localhost:7474 would (its URLs name its own host, not ours).</summary>
    private sealed class Neo4j5Answers : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        public List<string> Bodies { get; } = [];

        public List<string> Authorizations { get; } = [];

        public bool RefuseCredentials { get; init; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add($"{request.Method} {request.RequestUri}");
            Bodies.Add(request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken));
            Authorizations.Add(request.Headers.Authorization?.ToString() ?? string.Empty);
            var path = request.RequestUri!.AbsolutePath;
            if (path == "/")
            {
                return Json(HttpStatusCode.OK, """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}""");
            }

            if (RefuseCredentials)
            {
                return Json(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");
            }

            return path switch
            {
                "/db/neo4j/tx" => Json(HttpStatusCode.Created, """{"results":[],"errors":[],"commit":"http://localhost:7474/db/neo4j/tx/12/commit","transaction":{"expires":"Sun, 22 Nov 2026 12:00:00 GMT"}}""", "http://localhost:7474/db/neo4j/tx/12"),
                "/db/neo4j/tx/12" => Json(HttpStatusCode.OK, """{"results":[{"columns":["x"],"data":[{"row":[9007199254740993],"meta":[null]}]}],"errors":[],"commit":"http://localhost:7474/db/neo4j/tx/12/commit","transaction":{"expires":"Sun, 22 Nov 2026 12:00:00 GMT"},"lastBookmarks":["FB:kcwQ"]}"""),
                "/db/neo4j/tx/12/commit" => Json(HttpStatusCode.OK, """{"results":[],"errors":[],"lastBookmarks":["FB:kcwQ"]}"""),
                _ => Json(HttpStatusCode.NotFound, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"unexpected path"}]}"""),
            };
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body, string? location = null)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (location is not null)
            {
                response.Headers.Location = new Uri(location);
            }

            return response;
        }
    }
}
