using System.Text;
using PlanGraph.Core;
using PlanGraph.Core.Ontology;
using Shouldly;
using Xunit;

namespace PlanGraph.Core.Tests;

/// <summary>The ontology is declared once: the constants follow it and docs/ontology.md's tables are rendered from it.</summary>
public sealed class OntologyTests
{
    private const string Begin = "<!-- ontology tables: rendered from src/PlanGraph.Core/Ontology/GraphOntology.cs by OntologyTests; do not edit by hand -->";
    private const string End = "<!-- end of ontology tables -->";

    [Fact]
    public void Every_label_and_type_constant_is_declared_once()
    {
        NodeLabels.All.ShouldBe([NodeLabels.Document, NodeLabels.Plan, NodeLabels.Goal, NodeLabels.Indicator, NodeLabels.Target, NodeLabels.Project, NodeLabels.Institution, NodeLabels.Place]);
        NodeLabels.All.ShouldBeUnique();
        RelationshipTypes.All.ShouldBeUnique();
        RelationshipTypes.All.ShouldContain(RelationshipTypes.MentionedIn);
        foreach (var label in GraphOntology.Labels)
        {
            label.Properties.Select(p => p.Name).Concat(GraphOntology.CommonProperties.Select(p => p.Name)).ShouldBeUnique(label.Label);
        }

        foreach (var type in GraphOntology.Relationships)
        {
            type.From.Concat(type.To).ShouldAllBe(l => NodeLabels.All.Contains(l));
        }
    }

    [Fact]
    public void Declared_types_accept_the_values_extraction_writes()
    {
        var year = new PropertyDefinition("year", PropertyKind.Int, "");
        year.Accepts(2025L).ShouldBeTrue();
        year.Accepts("2025").ShouldBeFalse();
        new PropertyDefinition("value", PropertyKind.Float, "").Accepts(6600L).ShouldBeTrue();
        new PropertyDefinition("units", PropertyKind.StringList, "").Accepts(new List<string> { "个" }).ShouldBeTrue();
        new PropertyDefinition("years", PropertyKind.IntList, "").Accepts(new List<long> { 2020 }).ShouldBeTrue();
        new PropertyDefinition("placed", PropertyKind.Bool, "").Accepts(null).ShouldBeTrue();
    }

    [Fact]
    public void The_tables_of_docs_ontology_are_the_ontology()
    {
        var docs = File.ReadAllText(Path.Combine(Root(), "docs", "ontology.md"));
        var start = docs.IndexOf(Begin, StringComparison.Ordinal);
        var end = docs.IndexOf(End, StringComparison.Ordinal);
        var expected = Render();
        (start >= 0 && end > start).ShouldBeTrue($"docs/ontology.md needs these lines between its markers:\n{Begin}\n{expected}{End}");
        docs[(start + Begin.Length + 1)..end].ShouldBe(expected, $"docs/ontology.md's tables differ from the ontology; they must read:\n{expected}");
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("| label | property | type | meaning |\n|---|---|---|---|\n");
        foreach (var property in GraphOntology.CommonProperties)
        {
            text.Append($"| every label | `{property.Name}` | {Kind(property.Kind)} | {property.Description} |\n");
        }

        foreach (var label in GraphOntology.Labels)
        {
            text.Append($"| **{label.Label}** | | | {label.Description} |\n");
            foreach (var property in label.Properties)
            {
                text.Append($"| {label.Label} | `{property.Name}` | {Kind(property.Kind)} | {property.Description} |\n");
            }
        }

        text.Append("\n| type | from | to | properties | meaning |\n|---|---|---|---|---|\n");
        foreach (var type in GraphOntology.Relationships)
        {
            var properties = string.Join("; ", type.Properties.Select(p => $"`{p.Name}` ({Kind(p.Kind)}): {p.Description}"));
            text.Append($"| `{type.Type}` | {string.Join(", ", type.From)} | {string.Join(", ", type.To)} | {properties} | {type.Description} |\n");
        }

        return text.ToString();
    }

    private static string Kind(PropertyKind kind) => kind switch
    {
        PropertyKind.StringList => "list of strings",
        PropertyKind.IntList => "list of integers",
        PropertyKind.Int => "integer",
        PropertyKind.Float => "float",
        PropertyKind.Bool => "boolean",
        _ => "string",
    };

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No PlanGraph.sln above the test folder.");
    }
}
