using System.Diagnostics;
using System.Globalization;
using PlanGraph.Extraction;
using PlanGraph.Ingestion;

// Usage: dotnet run -c Release --project bench/PlanGraph.Bench.Extraction -- [copies…]
// Extraction throughput and peak memory on the seed corpus replicated as separate documents (1×, 10×, 100×
// by default), each size in a process of its own (`--one N`); compare.sh runs it beside another tree's build.
// `-- matcher` times the gazetteer look-up alone (see MatcherBench).
if (args is ["matcher"])
{
    var root = FindRoot();
    MatcherBench.Run([.. Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);
    return;
}

if (args is ["--one", var size])
{
    RunOne(int.Parse(size, CultureInfo.InvariantCulture));
    return;
}

// Each size runs in a process of its own, so its peak resident memory is its own.
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 10, 100];
foreach (var copies in sizes)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
    {
        start.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
    }

    start.ArgumentList.Add("--one");
    start.ArgumentList.Add(copies.ToString(CultureInfo.InvariantCulture));
    using var child = Process.Start(start)!;
    child.WaitForExit();
}

// One size: the seeds replicated `copies` times as documents of their own (distinct file names), as a growing
// corpus of plans would be. Ingestion and a 1× warm-up are not timed; one extraction (rules, mentions, merge) is.
// Peak RSS is the process's high-water mark (VmHWM), the ingested documents included. CPU time (all threads) is
// reported beside wall time: on a shared, loaded machine it is the figure that compares two builds.
static void RunOne(int copies)
{
    var seeds = Directory.GetFiles(Path.Combine(FindRoot(), "seeds"), "*.txt").Order(StringComparer.Ordinal)
        .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
    var megabytes = seeds.Sum(s => s.Bytes.Length) * copies / 1e6;
    GraphExtractor.Extract([.. seeds.Select(s => DocumentIngestor.Ingest(s.Bytes, s.Name))]);
    var documents = Enumerable.Range(0, copies)
        .SelectMany(c => seeds.Select(s => DocumentIngestor.Ingest(s.Bytes, $"copy{c:000}-{s.Name}")))
        .ToList();
    GC.Collect();
    var before = Process.GetCurrentProcess().WorkingSet64 / 1e6;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var pauseBefore = GC.GetTotalPauseDuration();
    int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    var clock = Stopwatch.StartNew();
    var graph = GraphExtractor.Extract(documents);
    clock.Stop();
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    var peak = PeakRssMegabytes();
    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
    var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
    var collections = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{copies,4}× ({documents.Count,4} documents, {graph.Nodes.Count,5} nodes): {megabytes,7:0.00} MB in {clock.Elapsed.TotalSeconds,7:0.000} s = {megabytes / clock.Elapsed.TotalSeconds,6:0.00} MB/s wall, {cpu,7:0.000} s CPU = {megabytes / cpu,6:0.00} MB/CPU-s; peak RSS {peak,6:0} MB = {peak / megabytes,6:0.0}× input (before extraction {before:0} MB); allocated {allocated / megabytes,5:0}× input, GC {collections} (gen 0/1/2) paused {pause:0.000} s"));
}

static double PeakRssMegabytes()
{
    // Linux: the high-water mark of resident memory, in kB.
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 / 1e6
        : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024 / 1e6;
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
