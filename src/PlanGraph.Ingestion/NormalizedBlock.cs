namespace PlanGraph.Ingestion;

/// <summary>One line of the normalised text before assembly: a paragraph or heading, or a table part whose cells are separate.</summary>
internal sealed record NormalizedBlock(BlockKind Kind, IReadOnlyList<MappedText> Cells, bool Tabbed, int Table = -1, string? Category = null)
{
    public static NormalizedBlock Text(MappedText text, bool tabbed) => new(BlockKind.Text, [text], tabbed);

    /// <summary>On a table title: the table's rows are its lines cut into cells, in reading order (<see cref="IndicatorTableReader"/>).</summary>
    public bool CellStream { get; init; }
    /// <summary>The block's first line began with a full-width space: body text, where a 专栏 box's own lines are not indented.</summary>
    public bool Indented { get; init; }

    public string Value => string.Join('\t', Cells.Select(c => c.ToString()));
}
