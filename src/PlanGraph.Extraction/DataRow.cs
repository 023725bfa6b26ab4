namespace PlanGraph.Extraction;

/// <summary>One row of a Data/ table: its TAB-separated cells (trimmed) and its line in the file.</summary>
internal sealed record DataRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The first cell: the list a word belongs to in the word tables (kind, list, label).</summary>
    public string Kind => Cells[0];

    public string Word => Cells[1];

    public string Value => Cell(2);

    /// <summary>A cell, or the empty string where the row is shorter.</summary>
    public string Cell(int column) => column < Cells.Count ? Cells[column] : string.Empty;

    /// <summary>A cell's '|'-separated words (aliases, short forms), none where it is empty.</summary>
    public IReadOnlyList<string> Words(int column)
        => Cell(column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
