using System.Text;
using System.Text.Json;
using PlanGraph.Neo4j;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>Parameters sent to the real server come back unchanged, as RETURN values and as stored properties.</summary>
public sealed class ClientRoundTripTests
{
    public static TheoryData<string, object?> Values() => new()
    {
        { "chinese", "上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（“十四五”）" },
        { "quotes and backslashes", "He said \"不\" and 'no'; C:\\path\\to\\file \\n is not a newline; `tick` {brace} $dollar" },
        { "control characters", "line1\nline2\ttab\r\n\u0000nul\u001f" },
        { "emoji and astral plane", "𠀀𪚥 🙂 规划" },
        { "empty string", string.Empty },
        { "long above 2^53", 9007199254740993L },
        { "long max", long.MaxValue },
        { "long min", long.MinValue },
        { "double", 0.1 },
        { "bool", true },
        { "null", null },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Scalar_parameter_comes_back_unchanged(string kind, object? value)
    {
        using var client = TestServer.CreateClient();
        var result = await client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = value }, TestContext.Current.CancellationToken);

        result.Columns.ShouldBe(["value"]);
        var back = CypherValue.ToObject(result.Rows.ShouldHaveSingleItem()[0]);
        back.ShouldBe(value, kind);
        back?.GetType().ShouldBe(value?.GetType(), kind);
    }

    [Fact]
    public async Task Large_integer_is_read_back_without_going_through_double()
    {
        using var client = TestServer.CreateClient();
        var result = await client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = 9007199254740993L }, TestContext.Current.CancellationToken);

        result.Single<long>("value").ShouldBe(9007199254740993L);
        result.Value(0, "value").GetRawText().ShouldBe("9007199254740993");
        ((double)9007199254740993L).ShouldNotBe(9007199254740993d - 1, "sanity: the value is not representable as a double");
    }

    [Fact]
    public async Task Ten_kilobyte_string_comes_back_unchanged()
    {
        var text = new StringBuilder();
        while (text.Length < 10 * 1024)
        {
            text.Append("推进长三角一体化发展\"\\'");
        }

        using var client = TestServer.CreateClient();
        var result = await client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = text.ToString() }, TestContext.Current.CancellationToken);

        result.Single<string>("value").ShouldBe(text.ToString());
    }

    [Fact]
    public async Task A_leased_answer_reads_like_a_kept_one_also_past_the_first_buffer()
    {
        // 200 KB: the pooled body buffer (16 KB at first when the length is not declared) grows several times.
        var text = string.Concat(Enumerable.Repeat("推进长三角一体化发展\"\\'", 8_000));
        var parameters = new Dictionary<string, object?> { ["value"] = new Dictionary<string, object?> { ["text"] = text, ["n"] = 9007199254740993L } };
        using var client = TestServer.CreateClient();

        var kept = await client.RunAsync(TestStatements.Echo, parameters, TestContext.Current.CancellationToken);
        var leased = await client.RunAsync(
            TestStatements.Echo.Bind(parameters),
            result => (Columns: result.Columns.ToList(), Value: result.Value(0, "value").GetRawText()),
            TestContext.Current.CancellationToken);

        leased.Columns.ShouldBe(["value"]);
        leased.Value.ShouldBe(kept.Value(0, "value").GetRawText());
        CypherValue.ToObject(kept.Value(0, "value")).ShouldBeOfType<Dictionary<string, object?>>()["text"].ShouldBe(text);
    }

    [Fact]
    public async Task Lists_and_nested_maps_come_back_unchanged()
    {
        var value = new Dictionary<string, object?>
        {
            ["name"] = "浦东新区",
            ["aliases"] = new List<object?> { "浦东", "Pudong" },
            ["numbers"] = new List<object?> { 1L, 9007199254740993L, -5L },
            ["mixed"] = new List<object?> { "a", 2L, 2.5, null, true },
            ["nested"] = new Dictionary<string, object?> { ["deep"] = new Dictionary<string, object?> { ["x"] = null, ["y"] = "\"quoted\"" } },
            ["empty"] = new List<object?>(),
        };

        using var client = TestServer.CreateClient();
        var result = await client.RunAsync(TestStatements.Echo, new Dictionary<string, object?> { ["value"] = value }, TestContext.Current.CancellationToken);

        var back = CypherValue.ToObject(result.Value(0, "value")).ShouldBeOfType<Dictionary<string, object?>>();
        // Neo4j maps have no key order, so compare with keys sorted.
        JsonSerializer.Serialize(Sorted(back)).ShouldBe(JsonSerializer.Serialize(Sorted(value)));
    }

    [Fact]
    public async Task Stored_properties_come_back_unchanged()
    {
        var run = TestServer.NewRunId();
        var properties = new Dictionary<string, object?>
        {
            ["name"] = "中国（上海）自由贸易试验区临港新片区",
            ["quote"] = "“十四五”时期\\“新”",
            ["big"] = 9007199254740993L,
            ["aliases"] = new[] { "临港新片区", "临港" },
            ["years"] = new[] { 2020L, 2025L, 2035L },
            ["ratio"] = 0.35,
        };

        using var client = TestServer.CreateClient();
        try
        {
            var result = await client.RunAsync(TestStatements.StoreProperties, new Dictionary<string, object?> { ["run"] = run, ["properties"] = properties }, TestContext.Current.CancellationToken);

            var stored = result.Single<Dictionary<string, JsonElement>>("stored").ShouldNotBeNull();
            stored["name"].GetString().ShouldBe("中国（上海）自由贸易试验区临港新片区");
            stored["quote"].GetString().ShouldBe("“十四五”时期\\“新”");
            stored["big"].GetInt64().ShouldBe(9007199254740993L);
            stored["aliases"].Deserialize<string[]>().ShouldBe(["临港新片区", "临港"]);
            stored["years"].Deserialize<long[]>().ShouldBe([2020L, 2025L, 2035L]);
            stored["ratio"].GetDouble().ShouldBe(0.35);
            result.Counters.NodesCreated.ShouldBe(1);
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }

    [Fact]
    public async Task Rows_map_to_records()
    {
        var run = TestServer.NewRunId();
        using var client = TestServer.CreateClient();
        try
        {
            await client.RunAsync(
                [
                    (TestStatements.CreateItem, new Dictionary<string, object?> { ["run"] = run, ["id"] = "b", ["name"] = "临港" }),
                    (TestStatements.CreateItem, new Dictionary<string, object?> { ["run"] = run, ["id"] = "a", ["name"] = "浦东新区" }),
                ],
                TestContext.Current.CancellationToken);

            var items = (await client.RunAsync(TestStatements.ItemsOfRun, new Dictionary<string, object?> { ["run"] = run }, TestContext.Current.CancellationToken)).As<Item>();

            items.ShouldBe([new Item("a", "浦东新区", 4), new Item("b", "临港", 2)]);
            (await client.RunAsync(TestStatements.CountRun, new Dictionary<string, object?> { ["run"] = run }, TestContext.Current.CancellationToken)).As<long>().ShouldBe([2L]);
        }
        finally
        {
            await TestServer.CleanUpAsync(client, run);
        }
    }

    [Fact]
    public async Task Discovery_reports_version_and_transaction_endpoint()
    {
        using var client = TestServer.CreateClient();
        var server = await client.DiscoverAsync(TestContext.Current.CancellationToken);

        server.MajorVersion.ShouldBeGreaterThanOrEqualTo(3);
        server.Edition.ShouldBeOneOf("community", "enterprise");
        if (server.MajorVersion == 3)
        {
            server.TransactionEndpoint.AbsolutePath.ShouldBe("/db/data/transaction");
            server.Database.ShouldBeNull();
        }
        else
        {
            server.TransactionEndpoint.AbsolutePath.ShouldBe($"/db/{server.Database}/tx");
        }

        server.TransactionEndpoint.Authority.ShouldBe(TestServer.Options.Url.Authority);
    }

    private static object? Sorted(object? value) => value switch
    {
        IDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        List<object?> list => list.Select(Sorted).ToList(),
        _ => value,
    };

    private sealed record Item(string Id, string Name, long NameLength);
}
