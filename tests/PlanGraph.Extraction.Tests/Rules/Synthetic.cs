using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Tests.Rules;

/// <summary>A made-up document of a few lines, extracted alone: what the rule tests run on.</summary>
internal static class Synthetic
{
    public static GraphDocument Extract(params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic-plan.txt")]);

    /// <summary>The nodes of a label with evidence from a rule.</summary>
    public static List<GraphNode> By(this GraphDocument graph, string label, string rule)
        => [.. graph.Nodes.Where(n => n.Label == label && n.Evidence.Any(e => e.Rule == rule))];

    /// <summary>The name of the place or goal a node is PART_OF, or null.</summary>
    public static string? ParentOf(this GraphDocument graph, GraphNode node)
        => graph.Relationships.Where(r => r.Type == RelationshipTypes.PartOf && r.From == node.Id).Select(r => graph.Nodes.Single(n => n.Id == r.To).Name).FirstOrDefault();
}
