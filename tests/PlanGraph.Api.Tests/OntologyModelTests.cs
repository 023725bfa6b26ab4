using System.Text.RegularExpressions;
using PlanGraph.Api.Schema;
using PlanGraph.Core.Ontology;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>The API's model exposes only what the ontology (src/PlanGraph.Core/Ontology, docs/ontology.md) declares, with its types.</summary>
public sealed partial class OntologyModelTests
{
    [Fact]
    public void Every_node_type_property_and_relationship_of_the_model_is_declared_in_the_ontology()
    {
        PlanGraphModel.Types.Select(t => t.Label).ShouldBe(GraphOntology.Labels.Select(l => l.Label), ignoreOrder: true);
        foreach (var type in PlanGraphModel.Types)
        {
            var label = GraphOntology.Label(type.Label).ShouldNotBeNull(type.Label);
            foreach (var field in type.Properties)
            {
                var declared = label.Property(field.Property) ?? GraphOntology.CommonProperties.FirstOrDefault(p => p.Name == field.Property);
                declared.ShouldNotBeNull($"{type.Label}.{field.Property} is exposed by the API but not declared in the ontology");
                Kind(field.Scalar).ShouldBe(declared.Kind, $"{type.Label}.{field.Property}");
            }

            foreach (var relation in type.Relations)
            {
                foreach (Match m in RelationshipType().Matches(relation.Pattern))
                {
                    var declared = GraphOntology.Relationship(m.Groups[1].Value).ShouldNotBeNull($"{type.Name}.{relation.Field} walks {m.Groups[1].Value}");
                    foreach (var edge in relation.EdgeFields)
                    {
                        declared.Property(edge.Property).ShouldNotBeNull($"{m.Groups[1].Value}.{edge.Property}");
                    }
                }
            }
        }
    }

    private static PropertyKind Kind(GraphScalar scalar) => scalar switch
    {
        GraphScalar.Int => PropertyKind.Int,
        GraphScalar.Float => PropertyKind.Float,
        GraphScalar.Boolean => PropertyKind.Bool,
        GraphScalar.StringList => PropertyKind.StringList,
        _ => PropertyKind.String,
    };

    [GeneratedRegex(@":([A-Z_]+)[\]*]")]
    private static partial Regex RelationshipType();
}
