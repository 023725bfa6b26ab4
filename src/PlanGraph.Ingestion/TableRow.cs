namespace PlanGraph.Ingestion;

/// <summary>A data row of a table.</summary>
/// <param name="Category">The category the row belongs to (carried down from the row that named it, or from split category labels).</param>
/// <param name="Cells">The row's cells in order; cells broken across lines are joined.</param>
public sealed record TableRow(string? Category, IReadOnlyList<TextPiece> Cells);
