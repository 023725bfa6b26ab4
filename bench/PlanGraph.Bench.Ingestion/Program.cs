using System.Diagnostics;
using System.Globalization;
using PlanGraph.Ingestion;

// Usage: dotnet run -c Release --project bench/PlanGraph.Bench.Ingestion -- [seedsFolder]
// Ingests the seed corpus replicated 1×, 10× and 120× (≥ 50 MB) as one document each and reports MB/s,
// so that the time per MB at each size shows whether cost grows linearly.
var folder = args.Length > 0 ? args[0] : Path.Combine(FindRoot(), "seeds");
var corpus = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).SelectMany(b => b.Concat("\n\n"u8.ToArray())).ToArray();
Console.WriteLine($"seed corpus: {corpus.Length / 1e6:0.00} MB");
DocumentIngestor.Ingest(corpus, "warmup.txt");
double? baseline = null;
foreach (var copies in new[] { 1, 10, 120 })
{
    var bytes = Enumerable.Repeat(corpus, copies).SelectMany(b => b).ToArray();
    var best = TimeSpan.MaxValue;
    for (var run = 0; run < (copies == 120 ? 1 : 3); run++)
    {
        var clock = Stopwatch.StartNew();
        var document = DocumentIngestor.Ingest(bytes, "corpus.txt");
        clock.Stop();
        GC.KeepAlive(document);
        best = clock.Elapsed < best ? clock.Elapsed : best;
    }

    var megabytes = bytes.Length / 1e6;
    var perMb = best.TotalMilliseconds / megabytes;
    baseline ??= perMb;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{copies,4}×: {megabytes,7:0.00} MB in {best.TotalSeconds,7:0.000} s = {megabytes / best.TotalSeconds,6:0.00} MB/s ({perMb:0.0} ms/MB, {perMb / baseline:0.00}× the 1× cost per MB)"));
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

    throw new InvalidOperationException("run inside the repository or pass the seeds folder");
}
