using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PlanGraph.Extraction;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Local;
using Shouldly;

namespace PlanGraph.Cli.Tests;

/// <summary>
/// The analyst queries of cypher/queries against the five seeds, extracted and loaded into a Neo4j of
/// the test's own; every expected answer was checked in the seed files (line numbers are theirs).
/// </summary>
public sealed class SeedAnalystQueryTests(SeedAnalystQueryTests.LoadedSeeds seeds) : IClassFixture<SeedAnalystQueryTests.LoadedSeeds>
{
    /// <summary>Every query of cypher/queries, by file name without extension.</summary>
    public static TheoryData<string> Queries => [.. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "cypher", "queries"), "*.cypher").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// An analyst pastes a query with the example its comment gives (`// @param name = value`): it must answer
    /// something. The examples are headings, box titles and file names of the seeds, not extraction details.
    /// </summary>
    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_query_answers_its_own_example_on_the_seeds(string query)
    {
        var parameters = ExampleParameters(query);

        var rows = await Run(query, [.. parameters.Select(p => (p.Key, p.Value))]);

        rows.ShouldNotBeEmpty($"{query} with its example parameters {string.Join(", ", parameters.Select(p => $"{p.Key} = {p.Value}"))} returns nothing on the seeds");
    }

    [Fact]
    public async Task The_readme_parameter_example_answers_on_the_seeds()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "README.md"), TestContext.Current.CancellationToken);
        var neo4j5 = System.Text.RegularExpressions.Regex.Match(readme, @":param (\w+) => (""[^""]*"")");
        var neo4j31 = System.Text.RegularExpressions.Regex.Match(readme, @":param (\w+): (""[^""]*"")");
        neo4j5.Success.ShouldBeTrue("README shows how to set a parameter in Neo4j Browser");
        neo4j31.Groups[2].Value.ShouldBe(neo4j5.Groups[2].Value, "both Browser forms set the same example");
        var name = neo4j5.Groups[1].Value;
        var value = JsonSerializer.Deserialize<string>(neo4j5.Groups[2].Value);
        var queries = Queries.Select(q => (string)q.Data).Where(q => ExampleParameters(q).ContainsKey(name)).ToList();
        queries.ShouldNotBeEmpty($"a query takes ${name}");
        foreach (var query in queries)
        {
            (await Run(query, (name, value))).ShouldNotBeEmpty($"{query} with {name} = {value} (README) returns nothing");
        }
    }

    private static Dictionary<string, object?> ExampleParameters(string query)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "cypher", "queries", query + ".cypher")))
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^\s*//\s*@param\s+(\w+)\s*=\s*(.+)$");
            if (match.Success)
            {
                using var json = JsonDocument.Parse(match.Groups[2].Value);
                parameters[match.Groups[1].Value] = json.RootElement.ValueKind switch
                {
                    JsonValueKind.String => json.RootElement.GetString(),
                    JsonValueKind.Number => json.RootElement.GetInt64(),
                    _ => throw new FormatException($"{query}: @param {match.Groups[1].Value} must be a string or a whole number"),
                };
            }
        }

        return parameters;
    }

    [Fact]
    public async Task A_plans_indicator_values_come_with_their_source_lines()
    {
        var gdp = await Run("09-indicator-across-plans", ("indicator", "地区生产总值"));
        gdp.Select(r => $"{r["plan"].GetString()} {r["kind"].GetString()} {r["year"].GetInt64()} {r["value"].GetString()}")
            .ShouldBe(["福田区“十四五”规划纲要 baseline 2020 4800左右", "福田区“十四五”规划纲要 target 2025 6600"]);

        var sciTech = await Run("03-plan-targets-with-evidence", ("plan", "福田区科技创新“十四五”规划"));
        sciTech.Count.ShouldBe(30, "D3 表1: seven indicators, each with a baseline and a 2025 target; the five 倍增计划 (D3:598-645) add 16 values in sentences");
        var firms = sciTech.Where(r => r["indicator"].GetString() == "国家级高新技术企业数量").ToList();
        firms.Select(r => $"{r["kind"].GetString()} {r["year"].GetInt64()} {r["value"].GetString()} {r["line"].GetInt64()}")
            .ShouldBe(["baseline 2020 1313 （2020） 691", "target 2025 2000 692"], ignoreOrder: true);
    }

    [Fact]
    public async Task Projects_and_places_of_the_Hetao_goal()
    {
        var places = await Run("02-places-hosting-projects-for-goal", ("goal", "规划建设好河套深港科技创新合作区"));
        places[0]["place"].GetString().ShouldBe("河套深港科技创新合作区深圳园区");
        places[0]["projectCount"].GetInt64().ShouldBeGreaterThanOrEqualTo(25, "专栏2 (D1:279-286) lists more than 30 projects and platforms");

        var projects = await Run("01-projects-supporting-goal", ("goal", "规划建设好河套深港科技创新合作区"));
        projects.Select(r => r["project"].GetString()).ShouldContain("湾区数字经济算力中心");

        var evidence = await Run("12-evidence-of-a-node", ("name", "湾区数字经济算力中心"));
        evidence.ShouldContain(r => r["line"].GetInt64() == 282 && r["document"].GetString() == "福田区“十四五”规划纲要");
    }

    [Fact]
    public async Task Places_nest_and_plans_cite_their_basis()
    {
        var hetao = (await Run("06-place-neighbourhood", ("place", "河套深港科技创新合作区"))).ShouldHaveSingleItem();
        // The national gazetteer (GB/T 2260) gives the whole chain up to the province.
        hetao["within"].EnumerateArray().Select(e => e.GetString()).ShouldBe(["福田区", "深圳市", "广东省"]);
        // D1:289-291: the Shenzhen park of the zone takes in 福田保税区 and the 皇岗口岸 area; D4:303 names the
        // port's 商圈 and D1:429 a 5G 示范园区 of the zone (places outside the gazetteer, found by their suffix).
        hetao["contains"].EnumerateArray().Select(e => e.GetString()).ShouldBe(
            ["河套深港科技创新合作区深圳园区", "福田保税区", "皇岗口岸", "皇岗口岸商圈", "河套深港科技创新合作区5G科技应用示范园区"], ignoreOrder: true);

        var citations = await Run("07-plan-citations");
        citations.ShouldContain(r => r["plan"].GetString() == "福田区中央商务区“十五五”规划" && r["relation"].GetString() == "BASED_ON"
            && r["refersTo"].GetString() == "深圳市福田区国民经济和社会发展第十五个五年规划纲要");
    }

    [Fact]
    public async Task The_inventory_and_the_load_record_describe_the_seed_load()
    {
        var inventory = (await Run("16-graph-inventory")).ToDictionary(r => r["label"].GetString()!, r => r["nodes"].GetInt64());
        inventory["Document"].ShouldBe(5);
        inventory.Keys.ShouldBe(["Document", "Goal", "Indicator", "Institution", "Place", "Plan", "Project", "Target"], ignoreOrder: true);
        var history = (await Run("17-load-history")).ShouldHaveSingleItem();
        history["loaded"].GetArrayLength().ShouldBe(5);
    }

    private async Task<List<Dictionary<string, JsonElement>>> Run(string query, params (string Name, object? Value)[] parameters)
    {
        var text = string.Join('\n', File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "cypher", "queries", query + ".cypher")).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim().TrimEnd(';');
        var result = await seeds.Client.RunAsync(new CypherStatement("seed-analyst." + query, text), parameters.ToDictionary(p => p.Name, p => p.Value), TestContext.Current.CancellationToken);
        return [.. result.Rows.Select(row => result.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2))];
    }

    /// <summary>The seeds extracted and loaded once for the class, into a server of its own.</summary>
    public sealed class LoadedSeeds : IAsyncLifetime
    {
        private readonly LocalNeo4jServer server = new(new LocalNeo4jSettings(Path.Combine(RepositoryFiles.Root, ".cache", "neo4j"), FreePort(), FreePort()), TextWriter.Null);

        public Neo4jHttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await server.StartAsync(CancellationToken.None);
            Client = new Neo4jHttpClient(new Neo4jOptions(server.Settings.HttpUrl));
            var graph = GraphExtractor.ExtractFiles(Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "seeds"), "*.txt")).Graph;
            await new GraphLoader(Client).LoadAsync(graph, new LoadOptions(GraphExtractor.RulesVersion), null, CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await server.StopAsync(CancellationToken.None);
            if (Directory.Exists(server.InstanceDirectory))
            {
                Directory.Delete(server.InstanceDirectory, recursive: true);
            }
        }
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
