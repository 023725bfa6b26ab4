namespace PlanGraph.Core;

/// <summary>Neo4j labels of the graph model, as constants (declared with their properties in <see cref="Ontology.GraphOntology"/>; docs/ontology.md).</summary>
public static class NodeLabels
{
    public const string Document = "Document";
    public const string Plan = "Plan";
    public const string Goal = "Goal";
    public const string Indicator = "Indicator";
    public const string Target = "Target";
    public const string Project = "Project";
    public const string Institution = "Institution";
    public const string Place = "Place";

    /// <summary>Every label, in model order (the ontology's).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Ontology.GraphOntology.Labels.Select(l => l.Label)];
}
