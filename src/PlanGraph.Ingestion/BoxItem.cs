namespace PlanGraph.Ingestion;

/// <summary>A numbered item of a 专栏 box: its numbering, the category heading it falls under (if any) and its text.</summary>
public sealed record BoxItem(string Numbering, string? Category, TextPiece Text)
{
    /// <summary>The cells of an item that is a row of a box read as a table, one cell per line (null for other items).</summary>
    public IReadOnlyList<TextPiece>? Cells { get; init; }
}
