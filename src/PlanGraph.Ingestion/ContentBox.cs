namespace PlanGraph.Ingestion;

/// <summary>A 专栏 box: numbered, titled, holding items (projects, actions, platforms).</summary>
/// <param name="Number">The box number (专栏 N).</param>
/// <param name="Title">Title after the number.</param>
/// <param name="Node">The box's node in the outline (its parent is the section the box stands in).</param>
/// <param name="Header">The title line.</param>
/// <param name="Items">Numbered items in order; unnumbered lines continue the item before them.</param>
/// <param name="Categories">Category headings (e.g. "1.医疗科技") of boxes whose items are grouped.</param>
public sealed record ContentBox(int Number, string Title, OutlineNode Node, TextPiece Header, IReadOnlyList<BoxItem> Items, IReadOnlyList<TextPiece> Categories)
{
    /// <summary>Path of the section the box stands in, as evidence records it.</summary>
    public string SectionPath => Node.SectionPath;

    /// <summary>The column headings of a box read as a table, one cell per line (区、县（市） / 发展导向 / 特色平台); empty otherwise.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The lines of a box of prose, one per paragraph, where it numbers and labels no items; empty otherwise.</summary>
    public IReadOnlyList<TextPiece> Paragraphs { get; init; } = [];
}
