using System.Globalization;
using PlanGraph.Core;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// A generated graph shaped like extracted plans (projects supporting goals, located in places,
/// involving institutions, targets of indicators), with shared places and indicators across
/// documents. Deterministic for a given seed. Also compiled into bench/PlanGraph.Bench.Load.
/// </summary>
internal static class SyntheticPlanGraph
{
    public static GraphDocument Generate(string prefix, int documents, int nodesPerDocument, int relationshipsPerDocument, int seed = 7)
    {
        var random = new Random(seed);
        var sharedPlaces = Enumerable.Range(0, 50).Select(i => $"{prefix}place:{i}").ToArray();
        var sharedIndicators = Enumerable.Range(0, 40).Select(i => $"{prefix}indicator:{i}").ToArray();
        var docs = new List<SourceDocument>();
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
        string[] labels = [NodeLabels.Goal, NodeLabels.Project, NodeLabels.Institution, NodeLabels.Target];
        for (var d = 0; d < documents; d++)
        {
            var doc = new SourceDocument($"{prefix}doc:{d}", $"plan-{d}.txt", $"第{d}号专项规划", $"sha-{d}", DocumentKinds.Plan);
            docs.Add(doc);
            var local = new List<string>();
            for (var i = 0; i < nodesPerDocument; i++)
            {
                var shared = i % 10 == 0;
                var id = shared
                    ? (i % 20 == 0 ? sharedPlaces[random.Next(sharedPlaces.Length)] : sharedIndicators[random.Next(sharedIndicators.Length)])
                    : $"{prefix}n:{d}:{i}";
                var label = shared ? (i % 20 == 0 ? NodeLabels.Place : NodeLabels.Indicator) : labels[i % labels.Length];
                var evidence = Evidence(doc.Id, i, $"建设第{i}项重点工程，推动{label}落地。");
                nodes[id] = nodes.TryGetValue(id, out var existing)
                    ? existing with { Evidence = [.. existing.Evidence, evidence] }
                    : new GraphNode(id, label, $"{label}-{id}", [], new Dictionary<string, object?> { ["category"] = "项目", ["year"] = 2025L }, [evidence]);
                local.Add(id);
            }

            for (var r = 0; r < relationshipsPerDocument; r++)
            {
                var from = local[random.Next(local.Count)];
                var to = local[random.Next(local.Count)];
                var type = RelationshipTypes.All[r % RelationshipTypes.All.Count];
                var id = prefix + StableId.ForRelationship(type, from, to);
                var evidence = Evidence(doc.Id, r, "依托该平台建设重点项目。");
                relationships[id] = relationships.TryGetValue(id, out var existing)
                    ? existing with { Evidence = [.. existing.Evidence, evidence] }
                    : new GraphRelationship(id, type, from, to, new Dictionary<string, object?>(), [evidence]);
            }
        }

        return new GraphDocument(docs, [.. nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal)], [.. relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal)]);
    }

    private static Evidence Evidence(string document, int index, string quote)
        => new(document, "二、主要任务", index + 1, index + 1, index * 40, (index * 40) + quote.Length, quote, "synthetic." + index.ToString(CultureInfo.InvariantCulture));
}
