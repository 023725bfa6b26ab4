using System.Diagnostics;
using System.Globalization;
using PlanGraph.Bench.Load;
using PlanGraph.Core;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Tests;

// Usage: dotnet run -c Release --project bench/PlanGraph.Bench.Load -- [documents] [nodesPerDocument] [relationshipsPerDocument] [naiveSample] [todayDocuments]
// Runs against NEO4J_URL (default the local server). Side by side in one run (README.md): the write path before
// 2026-12 on a graph of todayDocuments documents (first, into the emptiest database: its best case), the current
// loader on the whole graph, and a naive loader that sends one MERGE per request on a sample.
var documents = Arg(0, 20);
var nodesPerDocument = Arg(1, 2000);
var relationshipsPerDocument = Arg(2, 5000);
var naiveSample = Arg(3, 2000);
var todayDocuments = Math.Min(Arg(4, 10), documents);
// Long per-document transactions on a busy 2-core machine: allow minutes, not the default 60 s.
using var client = new Neo4jHttpClient(Neo4jOptions.FromEnvironment() with { RequestTimeout = TimeSpan.FromMinutes(10) });
var server = await client.DiscoverAsync(CancellationToken.None);
Console.WriteLine($"Neo4j {server.Version} at {client.Options.Url}; synthetic graph: {documents} documents × ({nodesPerDocument} nodes, {relationshipsPerDocument} relationships)");

var graph = SyntheticPlanGraph.Generate("bench/", documents, nodesPerDocument, relationshipsPerDocument);
var items = graph.Nodes.Count + graph.Relationships.Count;
Console.WriteLine($"graph: {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships, {Evidence(graph)} evidence");
using var heap = new HeapWatch(client);

// Today's write path (one transaction per document, evidence in MERGE statements of its own, one document at a
// time), on a graph of the first todayDocuments documents under ids of its own.
var today = SyntheticPlanGraph.Generate("today/", todayDocuments, nodesPerDocument, relationshipsPerDocument);
var todayItems = today.Nodes.Count + today.Relationships.Count;
heap.Reset();
var todayClock = Stopwatch.StartNew();
await new GraphLoader(client).LoadAsync(today, new LoadOptions("bench") { SeparateEvidenceStatements = true }, null, CancellationToken.None);
var todayRate = todayItems / todayClock.Elapsed.TotalSeconds;
Console.WriteLine($"today's loader (evidence MERGEd in statements of its own), {todayDocuments} documents: {todayItems} items + {Evidence(today)} evidence in {todayClock.Elapsed.TotalSeconds:0.0} s = {todayRate:0} items/s; peak heap {heap.PeakMegabytes:0} MB");

await DeleteAsync("bench/");
heap.Reset();
var clock = Stopwatch.StartNew();
await new GraphLoader(client).LoadAsync(graph, new LoadOptions("bench"), null, CancellationToken.None);
var rate = items / clock.Elapsed.TotalSeconds;
Console.WriteLine($"current loader (evidence created with its row), {documents} documents: {items} items + {Evidence(graph)} evidence in {clock.Elapsed.TotalSeconds:0.0} s = {rate:0} items/s; peak heap {heap.PeakMegabytes:0} MB");

// The naive loader: one MERGE per HTTP request (autocommit), nodes then relationships, on a sample,
// under ids of its own ("naive/") so it writes into a database as full as the loaders left it.
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
Console.WriteLine($"naive loader (one MERGE per request, no evidence): {naiveItems} items in {naiveClock.Elapsed.TotalSeconds:0.0} s = {naiveRate:0} items/s (sample; the full graph would take about {items / naiveRate / 60:0.0} min)");
Console.WriteLine($"today's loader is {todayRate / naiveRate:0.0}× the naive loader; the current loader is {rate / todayRate:0.0}× today's and {rate / naiveRate:0.0}× the naive loader");

async Task DeleteAsync(string prefix)
{
    while ((await client.RunAsync(BenchStatements.DeleteBench, new Dictionary<string, object?> { ["prefix"] = prefix }, CancellationToken.None)).Single<long>("deleted") > 0)
    {
    }
}

static int Evidence(GraphDocument g) => g.Nodes.Sum(n => n.Evidence.Count) + g.Relationships.Sum(r => r.Evidence.Count);

static string Naive(string id) => "naive/" + id["bench/".Length..];

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
