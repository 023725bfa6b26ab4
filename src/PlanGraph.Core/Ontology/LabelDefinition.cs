namespace PlanGraph.Core.Ontology;

/// <summary>A node label of the graph and the properties its nodes may carry besides id, name and aliases.</summary>
public sealed record LabelDefinition(string Label, string Description, IReadOnlyList<PropertyDefinition> Properties)
{
    /// <summary>The declared property named <paramref name="name"/>, or null.</summary>
    public PropertyDefinition? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
