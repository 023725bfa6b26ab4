namespace PlanGraph.Core;

/// <summary>Neo4j relationship types of the graph model (DESIGN.md §3, docs/ontology.md).</summary>
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

    /// <summary>Every relationship type, in model order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Describes, Cites, HasGoal, PartOf, MeasuredBy, Sets, Of, Supports, LocatedIn, Involves, AlignsWith, BasedOn, MentionedIn];
}
