namespace PlanGraph.Ingestion;

/// <summary>A 表 N table: title, rows of cells (the first rows are headers) and footnotes.</summary>
/// <param name="Number">The table number.</param>
/// <param name="Title">Title after the number.</param>
/// <param name="Node">The table's node in the outline (its parent is the section the table stands in).</param>
/// <param name="Header">The title line.</param>
/// <param name="HeaderRows">Rows before the first data row.</param>
/// <param name="Rows">Data rows: rows that carry a sequence number or values.</param>
/// <param name="Footnotes">Lines after the table that explain it (注…, * …).</param>
public sealed record DocumentTable(
    int Number,
    string Title,
    OutlineNode Node,
    TextPiece Header,
    IReadOnlyList<IReadOnlyList<TextPiece>> HeaderRows,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<TextPiece> Footnotes)
{
    /// <summary>Path of the section the table stands in, as evidence records it.</summary>
    public string SectionPath => Node.SectionPath;

    /// <summary>
    /// True for an indicator table read without 表 N (主要指标 tables): no header rows are told apart, and each
    /// row is one source line's cells in reading order; the extraction assembles rows from the header words.
    /// </summary>
    public bool CellStream { get; init; }
}
