using PlanGraph.Core;
using PlanGraph.Extraction.Quality;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Tests;

/// <summary>corpus/ (real plans of other places) extracted once per test run and scored against ExpectedCorpus/.</summary>
internal static class CorpusGraph
{
    private static readonly Lazy<GraphDocument> Extracted = new(() =>
    {
        var documents = Directory.GetFiles(Path.Combine(Root, "corpus"), "*.txt").Order(StringComparer.Ordinal).Select(DocumentIngestor.Ingest).ToList();
        return GraphExtractor.Extract(documents);
    });

    public static GraphDocument Graph => Extracted.Value;

    public static Lazy<QualityReport> Report { get; } = new(() =>
        QualityScorer.Score(Graph, ExpectationSet.Load(Path.Combine(Root, "tests", "PlanGraph.Extraction.Tests", "ExpectedCorpus"))));

    private static string Root => Path.GetDirectoryName(SeedGraph.SeedsFolder())!;
}
