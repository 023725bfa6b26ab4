using PlanGraph.Extraction.Quality;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Tests;

/// <summary>corpus/ (real plans of other places) extracted once per test run and scored against ExpectedCorpus/.</summary>
internal static class CorpusGraph
{
    public static Lazy<QualityReport> Report { get; } = new(() =>
    {
        var root = Path.GetDirectoryName(SeedGraph.SeedsFolder())!;
        var documents = Directory.GetFiles(Path.Combine(root, "corpus"), "*.txt").Order(StringComparer.Ordinal).Select(DocumentIngestor.Ingest).ToList();
        return QualityScorer.Score(GraphExtractor.Extract(documents), ExpectationSet.Load(Path.Combine(root, "tests", "PlanGraph.Extraction.Tests", "ExpectedCorpus")));
    });
}
