using System.Diagnostics;
using System.Globalization;
using PlanGraph.Extraction;
using PlanGraph.Ingestion;

// Usage: dotnet run -c Release --project bench/PlanGraph.Bench.Extraction -- [copies…]
// Extraction throughput on the seed corpus replicated as separate documents (1×, 10×, 50× by default):
// each copy is a document of its own (distinct file name), as a growing corpus of plans would be.
// Ingestion is done first and not timed; the extraction (rules, mentions, merge) is timed, best of runs.
// `-- matcher` times the gazetteer look-up alone (see MatcherBench).
if (args is ["matcher"])
{
    var root = FindRoot();
    MatcherBench.Run([.. Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);
    return;
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 10, 50];
var folder = Path.Combine(FindRoot(), "seeds");
var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
var seedMegabytes = seeds.Sum(s => s.Bytes.Length) / 1e6;
Console.WriteLine($"seed corpus: {seeds.Count} documents, {seedMegabytes:0.00} MB");
GraphExtractor.Extract([.. seeds.Select(s => DocumentIngestor.Ingest(s.Bytes, s.Name))]);
double? baseline = null;
foreach (var copies in sizes)
{
    var documents = Enumerable.Range(0, copies)
        .SelectMany(c => seeds.Select(s => DocumentIngestor.Ingest(s.Bytes, $"copy{c:000}-{s.Name}")))
        .ToList();
    var best = TimeSpan.MaxValue;
    var nodes = 0;
    for (var run = 0; run < (copies >= 50 ? 1 : 3); run++)
    {
        var clock = Stopwatch.StartNew();
        var graph = GraphExtractor.Extract(documents);
        clock.Stop();
        nodes = graph.Nodes.Count;
        best = clock.Elapsed < best ? clock.Elapsed : best;
    }

    var megabytes = seedMegabytes * copies;
    var perMb = best.TotalMilliseconds / megabytes;
    baseline ??= perMb;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{copies,4}× ({documents.Count,4} documents, {nodes,5} nodes): {megabytes,7:0.00} MB in {best.TotalSeconds,7:0.000} s = {megabytes / best.TotalSeconds,6:0.00} MB/s ({perMb:0.0} ms/MB, {perMb / baseline:0.00}× the 1× cost per MB)"));
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run inside the repository");
}
