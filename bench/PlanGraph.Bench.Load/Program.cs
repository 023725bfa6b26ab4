using System.Diagnostics;
using System.Globalization;
using PlanGraph.Bench.Load;
using PlanGraph.Core;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Tests;

// Usage: dotnet run -c Release --project bench/PlanGraph.Bench.Load -- [documents] [nodesPerDocument] [relationshipsPerDocument] [naiveSample] [batchSizes, e.g. 250,1000,5000]
// Runs against NEO4J_URL (default the local server). Side by side in one run: the batched loader at
// several batch sizes, and a naive loader that sends one MERGE per request on a sample.
var documents = Arg(0, 20);
var nodesPerDocument = Arg(1, 2000);
var relationshipsPerDocument = Arg(2, 5000);
var naiveSample = Arg(3, 2000);
// Long per-document transactions on a busy 2-core machine: allow minutes, not the default 60 s.
using var client = new Neo4jHttpClient(Neo4jOptions.FromEnvironment() with { RequestTimeout = TimeSpan.FromMinutes(10) });
var server = await client.DiscoverAsync(CancellationToken.None);
Console.WriteLine($"Neo4j {server.Version} at {client.Options.Url}; synthetic graph: {documents} documents × ({nodesPerDocument} nodes, {relationshipsPerDocument} relationships)");

var graph = SyntheticPlanGraph.Generate("bench/", documents, nodesPerDocument, relationshipsPerDocument);
var items = graph.Nodes.Count + graph.Relationships.Count;
Console.WriteLine($"graph: {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships, {graph.Nodes.Sum(n => n.Evidence.Count) + graph.Relationships.Sum(r => r.Evidence.Count)} evidence");

var results = new List<(string Name, double ItemsPerSecond)>();
var batchSizes = args.Length > 4 ? (args[4] == "none" ? [] : args[4].Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture)).ToArray()) : new[] { 250, 1000, 5000 };
foreach (var batch in batchSizes)
{
    await DeleteBenchAsync();
    var clock = Stopwatch.StartNew();
    await new GraphLoader(client).LoadAsync(graph, new LoadOptions("bench", batch) { RowsPerRequest = Math.Max(batch, 5000) }, null, CancellationToken.None);
    var rate = items / clock.Elapsed.TotalSeconds;
    results.Add(($"batched loader, batch {batch}", rate));
    Console.WriteLine($"batched loader, batch {batch,5}: {items} items in {clock.Elapsed.TotalSeconds:0.0} s = {rate:0} items/s");
}

// The naive loader: one MERGE per HTTP request (autocommit), nodes then relationships, on a sample,
// under ids of its own ("naive/") so it writes into a database as full as the batched loader left it
// (deleting 700,000 nodes in one go does not fit a 512 MB heap).
var sampleNodes = graph.Nodes.Take(naiveSample).ToList();
var sampleIds = new HashSet<string>(sampleNodes.Select(n => n.Id), StringComparer.Ordinal);
var sampleRelationships = graph.Relationships.Where(r => sampleIds.Contains(r.From) && sampleIds.Contains(r.To)).Take(naiveSample).ToList();
var naiveClock = Stopwatch.StartNew();
foreach (var node in sampleNodes)
{
    await client.RunAsync(BenchStatements.NaiveNode, new Dictionary<string, object?> { ["id"] = Naive(node.Id), ["name"] = node.Name, ["quote"] = node.Evidence[0].Quote }, CancellationToken.None);
}

foreach (var relationship in sampleRelationships)
{
    await client.RunAsync(BenchStatements.NaiveRelationship, new Dictionary<string, object?> { ["id"] = Naive(relationship.Id), ["from"] = Naive(relationship.From), ["to"] = Naive(relationship.To), ["quote"] = relationship.Evidence[0].Quote }, CancellationToken.None);
}

var naiveItems = sampleNodes.Count + sampleRelationships.Count;
var naiveRate = naiveItems / naiveClock.Elapsed.TotalSeconds;
Console.WriteLine($"naive loader (one MERGE per request): {naiveItems} items in {naiveClock.Elapsed.TotalSeconds:0.0} s = {naiveRate:0} items/s (sample; the full graph would take about {items / naiveRate / 60:0.0} min)");
if (results.Count == 0)
{
    return;
}

var best = results.MaxBy(r => r.ItemsPerSecond);
Console.WriteLine($"ratio: {best.Name} is {best.ItemsPerSecond / naiveRate:0.0}× the naive loader (the batched loader also writes evidence nodes; the naive one does not)");
async Task DeleteBenchAsync()
{
    while ((await client.RunAsync(BenchStatements.DeleteBench, null, CancellationToken.None)).Single<long>("deleted") > 0)
    {
    }
}

static string Naive(string id) => "naive/" + id["bench/".Length..];

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
