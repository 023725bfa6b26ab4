using PlanGraph.Core;
using PlanGraph.Extraction;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Tests;

/// <summary>The graph of the five seeds, extracted once for the test run.</summary>
internal static class SeedGraph
{
    private static readonly Lazy<(GraphDocument Graph, IReadOnlyList<IngestedDocument> Documents)> Value = new(() =>
    {
        var documents = Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).Select(DocumentIngestor.Ingest).ToList();
        return (GraphExtractor.Extract(documents), documents);
    });

    public static GraphDocument Graph => Value.Value.Graph;

    public static IReadOnlyList<IngestedDocument> Documents => Value.Value.Documents;

    public static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("No PlanGraph.sln above the test folder.");
    }

    public static GraphNode Node(string label, string name) => Graph.Nodes.Single(n => n.Label == label && n.Name == name);

    public static IEnumerable<GraphRelationship> From(GraphNode node, string type) => Graph.Relationships.Where(r => r.From == node.Id && r.Type == type);

    public static GraphNode ById(string id) => Graph.Nodes.Single(n => n.Id == id);

    public static string DocumentId(string fileName) => StableId.ForDocument(fileName);
}
