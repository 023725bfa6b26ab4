namespace PlanGraph.Core;

/// <summary>Neo4j relationship types of the graph model, as constants (declared with their ends in <see cref="Ontology.GraphOntology"/>; docs/ontology.md).</summary>
public static class RelationshipTypes
{
    public const string Describes = "DESCRIBES";
    public const string Cites = "CITES";
    public const string HasGoal = "HAS_GOAL";
    public const string PartOf = "PART_OF";
    public const string MeasuredBy = "MEASURED_BY";
    public const string Sets = "SETS";
    public const string Of = "OF";
    public const string Supports = "SUPPORTS";
    public const string LocatedIn = "LOCATED_IN";
    public const string Involves = "INVOLVES";
    public const string AlignsWith = "ALIGNS_WITH";
    public const string BasedOn = "BASED_ON";
    public const string MentionedIn = "MENTIONED_IN";

    /// <summary>Every relationship type, in model order (the ontology's).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Ontology.GraphOntology.Relationships.Select(r => r.Type)];
}
