namespace PlanGraph.Core.Ontology;

/// <summary>A relationship type: the labels it may start and end at, its meaning and its properties.</summary>
public sealed record RelationshipDefinition(
    string Type,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties)
{
    /// <summary>The declared property named <paramref name="name"/>, or null.</summary>
    public PropertyDefinition? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
