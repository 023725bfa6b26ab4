using PlanGraph.Core;
using PlanGraph.Core.Ontology;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Extraction writes only what the ontology (src/PlanGraph.Core/Ontology, docs/ontology.md) declares.</summary>
public sealed class OntologyConformanceTests
{
    [Fact]
    public void Seed_graph_writes_only_declared_labels_properties_and_relationship_ends() => Conforms(SeedGraph.Graph);

    [Fact]
    public void Corpus_graph_writes_only_declared_labels_properties_and_relationship_ends() => Conforms(CorpusGraph.Graph);

    private static void Conforms(GraphDocument graph)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        var labels = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        foreach (var document in graph.Documents)
        {
            labels[document.Id] = NodeLabels.Document;
        }

        foreach (var node in graph.Nodes)
        {
            var label = GraphOntology.Label(node.Label);
            if (label is null)
            {
                problems.Add($"label {node.Label} is not declared");
                continue;
            }

            foreach (var (key, value) in node.Properties)
            {
                var property = label.Property(key);
                if (property is null || !property.Accepts(value))
                {
                    problems.Add($"{node.Label}.{key} ({value?.GetType().Name}) is not declared{(property is null ? "" : " with that type")}");
                }
            }
        }

        foreach (var relationship in graph.Relationships)
        {
            var type = GraphOntology.Relationship(relationship.Type);
            if (type is null)
            {
                problems.Add($"relationship type {relationship.Type} is not declared");
                continue;
            }

            var (from, to) = (labels.GetValueOrDefault(relationship.From, "?"), labels.GetValueOrDefault(relationship.To, "?"));
            if (!type.From.Contains(from) || !type.To.Contains(to))
            {
                problems.Add($"({from})-[:{relationship.Type}]->({to}) is not declared");
            }

            foreach (var (key, value) in relationship.Properties)
            {
                if (type.Property(key) is not { } property || !property.Accepts(value))
                {
                    problems.Add($"{relationship.Type}.{key} ({value?.GetType().Name}) is not declared");
                }
            }
        }

        problems.ShouldBeEmpty();
    }
}
