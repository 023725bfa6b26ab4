namespace PlanGraph.Core;

/// <summary>Neo4j labels of the graph model (DESIGN.md §3, docs/ontology.md).</summary>
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

    /// <summary>Every label, in model order.</summary>
    public static IReadOnlyList<string> All { get; } = [Document, Plan, Goal, Indicator, Target, Project, Institution, Place];
}
