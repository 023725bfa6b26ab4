using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using PlanGraph.Api.Hosting;
using PlanGraph.Bench.Api;
using PlanGraph.Neo4j;

// Latency (p50/p99) and throughput of research questions through the API versus the same questions as
// hand-written Cypher POSTed straight to Neo4j's HTTP endpoint, measured side by side in one run.
// Usage: NEO4J_URL=http://127.0.0.1:7674 dotnet run -c Release --project bench/PlanGraph.Bench.Api [concurrency] [seconds]
var concurrency = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
var seconds = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var neo4jOptions = Neo4jOptions.FromEnvironment();

await using var app = PlanGraphApi.Build(PlanGraphApi.CreateBuilder(["--urls", "http://127.0.0.1:0", "--LOG_FORMAT", "none"]));
await app.StartAsync();
var api = new Uri(new Uri(app.Urls.First()), "/graphql");
using var neo4j = new Neo4jHttpClient(neo4jOptions);
var server = await neo4j.DiscoverAsync();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });

if (args.Contains("--statements"))
{
    foreach (var question in HandWrittenCypher.Questions)
    {
        var compiledQuestion = new PlanGraph.Api.Compilation.CypherQueryCompiler().Compile(PlanGraphExecutableSchema.Selections(question.GraphQL));
        Console.WriteLine($"// {question.Name}\n{compiledQuestion.Statement.Statement.Text}\n// parameters: {JsonSerializer.Serialize(compiledQuestion.Statement.Parameters)}\n");
    }

    return;
}

if (args.Contains("--cpu"))
{
    // Where the CPU goes per request, API vs hand-written: this process (the bench's client, plus for the API
    // Kestrel, the engine and the Neo4j client) and Neo4j's JVM (--neo4j-pid N, read from /proc); and the bytes
    // this process allocates per request, which the machine's load does not blur.
    var pidAt = Array.IndexOf(args, "--neo4j-pid");
    var neo4jPid = pidAt >= 0 && pidAt + 1 < args.Length ? int.Parse(args[pidAt + 1], CultureInfo.InvariantCulture) : 0;
    Console.WriteLine($"{"question",-52} {"route",-8} {"req/s",7} {"bench ms/req",13} {"neo4j ms/req",13} {"KB alloc/req",13}");
    foreach (var question in HandWrittenCypher.Questions.Take(4))
    {
        var graphQL = JsonSerializer.Serialize(new { query = question.GraphQL });
        var cypher = JsonSerializer.Serialize(new { statements = new[] { new { statement = question.Cypher.Text, parameters = question.Parameters } } });
        foreach (var (route, target, body) in new[] { ("API", api, graphQL), ("Cypher", server.TransactionEndpoint, cypher) })
        {
            Func<Task> call = async () => { using var r = await http.PostAsync(target, new StringContent(body, Encoding.UTF8, "application/json")); await r.Content.ReadAsByteArrayAsync(); };
            await Measure(call, concurrency, 1.0);
            var ownBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var neo4jBefore = Neo4jCpu(neo4jPid);
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var measured = await Measure(call, concurrency, seconds);
            var requests = measured.Throughput * seconds;
            var own = (Process.GetCurrentProcess().TotalProcessorTime - ownBefore).TotalMilliseconds / requests;
            var jvm = (Neo4jCpu(neo4jPid) - neo4jBefore) / requests;
            var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / requests;
            Console.WriteLine($"{question.Name,-52} {route,-8} {measured.Throughput,7:F0} {own,13:F2} {jvm,13:F2} {allocated,13:F1}");
        }
    }

    return;
}

if (args.Contains("--hammer"))
{
    // For a profiler: one question through the API (the first, or --question N), 4 clients, for the given seconds.
    var asked = Array.IndexOf(args, "--question") is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 0;
    var hammerBody = JsonSerializer.Serialize(new { query = HandWrittenCypher.Questions[asked].GraphQL });
    await Measure(async () => { using var r = await http.PostAsync(api, new StringContent(hammerBody, Encoding.UTF8, "application/json")); await r.Content.ReadAsByteArrayAsync(); }, 4, seconds);
    return;
}

if (args.Contains("--allocations"))
{
    // Which types an API request allocates (sampled, see AllocationSampler), per question: 4 clients for the given seconds.
    using var sampler = new AllocationSampler();
    foreach (var question in HandWrittenCypher.Questions.Take(4))
    {
        var sampledBody = JsonSerializer.Serialize(new { query = question.GraphQL });
        Func<Task> sampled = async () => { using var r = await http.PostAsync(api, new StringContent(sampledBody, Encoding.UTF8, "application/json")); await r.Content.ReadAsByteArrayAsync(); };
        await Measure(sampled, 4, 1.0);
        sampler.Start();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var measured = await Measure(sampled, 4, seconds);
        sampler.Stop();
        var requests = measured.Throughput * seconds;
        Console.WriteLine($"{question.Name}: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / requests:F1} KB per request; sampled by type:");
        foreach (var (type, bytes) in sampler.Top(25))
        {
            Console.WriteLine($"  {bytes / 1024.0 / requests,8:F2} KB  {type}");
        }
    }

    return;
}

if (args.Contains("--search"))
{
    // Search as users type it: names, an alias, a short common word, a phrase only a sentence holds.
    Console.WriteLine($"search through the API vs the CONTAINS scan over names and aliases straight to Neo4j; {concurrency} clients, {seconds} s each");
    Console.WriteLine($"{"text",-24} {"hits",5} {"API p50",9} {"p99",8} {"req/s",8} | {"scan p50",9} {"p99",8} {"req/s",8}");
    foreach (var text in new[] { "河套", "香蜜湖", "深圳", "金融", "研究院", "福田区科技创新局", "香蜜湖金融科技创新奖" })
    {
        var searchBody = JsonSerializer.Serialize(new { query = "query($t: String!) { search(text: $t, first: 20) { matched matchedField sentence node { id name } } }", variables = new { t = text } });
        var scanBody = JsonSerializer.Serialize(new { statements = new[] { new { statement = HandWrittenCypher.SearchNames.Text, parameters = new Dictionary<string, object?> { ["text"] = text } } } });
        using (var probe = await http.PostAsync(api, new StringContent(searchBody, Encoding.UTF8, "application/json")))
        {
            var hits = JsonDocument.Parse(await probe.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("search").GetArrayLength();
            Func<Task> viaApi = async () => { using var r = await http.PostAsync(api, new StringContent(searchBody, Encoding.UTF8, "application/json")); await r.Content.ReadAsByteArrayAsync(); };
            Func<Task> scan = async () => { using var r = await http.PostAsync(server.TransactionEndpoint, new StringContent(scanBody, Encoding.UTF8, "application/json")); await r.Content.ReadAsByteArrayAsync(); };
            await Measure(viaApi, concurrency, 1.0);
            var a = await Measure(viaApi, concurrency, seconds);
            var c = await Measure(scan, concurrency, seconds);
            Console.WriteLine($"{text,-24} {hits,5} {a.P50,7:F1}ms {a.P99,6:F1}ms {a.Throughput,8:F0} | {c.P50,7:F1}ms {c.P99,6:F1}ms {c.Throughput,8:F0}");
        }
    }

    return;
}

if (args.Contains("--stages"))
{
    await Stages.RunAsync(app, neo4j, http, api);
    return;
}

Console.WriteLine($"Neo4j {server.Version} at {neo4jOptions.Url}; {concurrency} concurrent clients, {seconds} s per measurement");
Console.WriteLine();
Console.WriteLine($"{"question",-52} {"API p50",9} {"p99",8} {"req/s",8} | {"Cypher p50",10} {"p99",8} {"req/s",8} | {"p50 ×",6} {"thr ×",6} | {"compiled p50",12} {"req/s",8}");
var ratios = new List<(double P50, double Throughput)>();
var compiler = new PlanGraph.Api.Compilation.CypherQueryCompiler();
foreach (var question in HandWrittenCypher.Questions)
{
    var graphQL = JsonSerializer.Serialize(new { query = question.GraphQL });
    var cypher = JsonSerializer.Serialize(new { statements = new[] { new { statement = question.Cypher.Text, parameters = question.Parameters } } });
    Func<Task> viaApi = async () =>
    {
        using var response = await http.PostAsync(api, new StringContent(graphQL, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{question.Name} via the API: HTTP {(int)response.StatusCode} {body}");
        }
    };
    Func<Task> direct = async () =>
    {
        using var response = await http.PostAsync(server.TransactionEndpoint, new StringContent(cypher, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"code\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{question.Name} straight to Neo4j: HTTP {(int)response.StatusCode} {body}");
        }
    };

    // The API's own statement sent straight to Neo4j: splits the overhead into statement cost and host cost.
    var statement = compiler.Compile(PlanGraphExecutableSchema.Selections(question.GraphQL)).Statement;
    var compiledBody = JsonSerializer.Serialize(new { statements = new[] { new { statement = statement.Statement.Text, parameters = statement.Parameters } } });
    Func<Task> compiledDirect = async () =>
    {
        using var response = await http.PostAsync(server.TransactionEndpoint, new StringContent(compiledBody, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"code\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{question.Name} compiled, straight to Neo4j: HTTP {(int)response.StatusCode} {body}");
        }
    };

    await Measure(viaApi, concurrency, 1.0);
    await Measure(direct, concurrency, 1.0);
    await Measure(compiledDirect, concurrency, 1.0);
    var a = await Measure(viaApi, concurrency, seconds);
    var c = await Measure(direct, concurrency, seconds);
    var k = await Measure(compiledDirect, concurrency, seconds);
    var p50Ratio = a.P50 / c.P50;
    var throughputRatio = c.Throughput / a.Throughput;
    ratios.Add((p50Ratio, throughputRatio));
    Console.WriteLine($"{question.Name,-52} {a.P50,7:F1}ms {a.P99,6:F1}ms {a.Throughput,8:F0} | {c.P50,8:F1}ms {c.P99,6:F1}ms {c.Throughput,8:F0} | {p50Ratio,6:F2} {throughputRatio,6:F2} | {k.P50,10:F1}ms {k.Throughput,8:F0}");
}

Console.WriteLine();
Console.WriteLine($"overhead (geometric mean): p50 ×{Math.Exp(ratios.Average(r => Math.Log(r.P50))):F2}, throughput ×{Math.Exp(ratios.Average(r => Math.Log(r.Throughput))):F2} (API cost relative to hand-written Cypher; 1.00 = none)");
await app.StopAsync();

static async Task<(double P50, double P99, double Throughput)> Measure(Func<Task> call, int concurrency, double seconds)
{
    var failures = 0;
    var latencies = new List<double>();
    var clock = Stopwatch.StartNew();
    var until = TimeSpan.FromSeconds(seconds);
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        var mine = new List<double>();
        while (clock.Elapsed < until)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await call();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
            {
                // A failed call is not a latency; it is reported, and too many of them stop the run.
                if (Interlocked.Increment(ref failures) is 1 or 100)
                {
                    Console.Error.WriteLine($"  failure: {e.Message[..Math.Min(200, e.Message.Length)]}");
                }

                if (failures > 100)
                {
                    throw;
                }
            }
        }

        return mine;
    }).ToList();
    foreach (var worker in workers)
    {
        latencies.AddRange(await worker);
    }

    var elapsed = clock.Elapsed.TotalSeconds;
    latencies.Sort();
    return (Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count / elapsed);
}

// CPU milliseconds a process has used (user + system, from /proc/PID/stat; clock ticks of 10 ms), 0 without a pid.
static double Neo4jCpu(int pid)
{
    if (pid == 0)
    {
        return 0;
    }

    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
