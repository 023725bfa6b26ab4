namespace PlanGraph.Ingestion;

/// <summary>What an <see cref="OutlineNode"/> is.</summary>
public enum OutlineKind
{
    Document,
    Section,
    Box,
    Table,
    Paragraph,
}
