namespace PlanGraph.Ingestion;

/// <summary>A numbered item of a 专栏 box: its numbering, the category heading it falls under (if any) and its text.</summary>
public sealed record BoxItem(string Numbering, string? Category, TextPiece Text);
