using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Request bodies mutated from valid ones (fixed seed, bounded count): every answer is a deliberate status
/// with a readable error, never a 500 or a dropped connection, and the server keeps answering. (The graph
/// cannot change: the schema has no mutations, and other test classes load into the same server meanwhile,
/// so counting it here would prove nothing.)
/// </summary>
public sealed class RequestBodyFuzzTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const int Count = 300;

    private static readonly string[] Seeds =
    [
        """{"query": "{ plans(first: 2) { totalCount nodes { name } } }"}""",
        """{"query": "query Q($n: String) { goals(where: {name: {eq: $n}}) { totalCount } }", "variables": {"n": "打造中央创新区"}, "operationName": "Q"}""",
        """{"query": "{ search(text: \"深交所\", first: 2) { matched node { __typename name } } }"}""",
        """{"query": "{ places(first: 1) { nodes { projects(first: 1) { nodes { goals(first: 1) { nodes { name } } } } } } }", "extensions": {}}""",
    ];

    private static readonly string[] ContentTypes = ["application/json", "application/json; charset=utf-8", "application/graphql", "text/plain", "application/json; charset=latin1", ""];

    private static readonly byte[] Specials = [.. "{}[]\":,\\"u8, 0, 0xC3, 0xFF];

    private static readonly int[] Deliberate = [200, 400, 405, 406, 413, 415];

    [Fact]
    public async Task Mutated_bodies_get_deliberate_answers_and_leave_the_server_and_graph_as_they_were()
    {
        var ct = TestContext.Current.CancellationToken;
        var random = new Random(20261207);
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Count; i++)
        {
            var body = Mutate(Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]), random);
            var contentType = ContentTypes[random.Next(ContentTypes.Length)];
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api.BaseAddress, "/graphql")) { Content = new ByteArrayContent(body) };
            // A fresh connection per case: after a refused body the server closes its connection, and a
            // pooled one could be reused just as it closes, which would test the client, not the server.
            request.Headers.ConnectionClose = true;
            if (contentType.Length > 0)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            HttpResponseMessage response;
            try
            {
                response = await api.Http.SendAsync(request, ct);
            }
            catch (HttpRequestException e)
            {
                throw new ShouldAssertException($"case {i} ({body.Length} bytes, {contentType}): no answer: {e.Message}", e);
            }

            using var answer = response;
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(ct);
            var shown = Encoding.UTF8.GetString(body);
            Deliberate.ShouldContain(status, $"case {i}: {shown[..Math.Min(200, shown.Length)]} → {status} {text}");
            text.ShouldNotContain("   at ", Case.Sensitive, $"case {i}: a stack trace in the answer");
            if (status is 200 or 400 or 413 or 415)
            {
                using var json = JsonDocument.Parse(text);
                (json.RootElement.TryGetProperty("data", out _) || json.RootElement.TryGetProperty("errors", out _)).ShouldBeTrue($"case {i}: {text}");
                if (status != 200)
                {
                    json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
                }
            }

            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }

        statuses.Keys.Count.ShouldBeGreaterThan(2, "the mutations reach several kinds of answer");
        using var health = await api.Http.GetAsync(new Uri(api.BaseAddress, "/health"), ct);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.DataAsync("{ plans { totalCount } }"))["plans"].ShouldNotBeNull();
    }

    /// <summary>One to four edits: flip, insert, delete or duplicate bytes, truncate, nest deeply, or blow the size up.</summary>
    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.Insert(at, Specials[random.Next(Specials.Length)]);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('[', random.Next(1, 3000))));
                    break;
                case 5:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('x', random.Next(1, 100_000))));
                    break;
                case 6 when bytes.Count > 0:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 200))));
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes("{ a: " + new string('{', random.Next(1, 500))));
                    break;
            }
        }

        return [.. bytes];
    }
}
