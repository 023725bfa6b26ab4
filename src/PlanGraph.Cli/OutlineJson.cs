using PlanGraph.Ingestion;

namespace PlanGraph.Cli;

/// <summary>
/// The shape `plangraph outline --json` prints: the outline as a tree of plain values (an <see cref="OutlineNode"/> holds its
/// parent, and boxes and tables hold their node, so serialising them as they are loops), with original line numbers.
/// </summary>
internal static class OutlineJson
{
    public static object Of(IngestedDocument document) => new
    {
        document.FileName,
        document.Sha256,
        document.Encoding,
        Outline = Node(document.Outline),
        Boxes = document.Boxes.Select(b => new
        {
            b.Number,
            b.Title,
            b.SectionPath,
            b.Header.FirstLine,
            b.Columns,
            Categories = b.Categories.Select(Piece),
            Items = b.Items.Select(i => new { i.Numbering, i.Category, Text = Piece(i.Text), Cells = i.Cells?.Select(Piece) }),
            Paragraphs = b.Paragraphs.Select(Piece),
        }),
        Tables = document.Tables.Select(t => new
        {
            t.Number,
            t.Title,
            t.SectionPath,
            t.Header.FirstLine,
            t.CellStream,
            HeaderRows = t.HeaderRows.Select(r => r.Select(Piece)),
            Rows = t.Rows.Select(r => new { r.Category, Cells = r.Cells.Select(Piece) }),
            Footnotes = t.Footnotes.Select(Piece),
        }),
    };

    private static object Node(OutlineNode node) => new
    {
        Kind = node.Kind.ToString(),
        node.Numbering,
        node.Heading,
        Style = node.Style.ToString(),
        node.Level,
        node.FirstLine,
        node.LastLine,
        Children = node.Children.Select(Node),
    };

    private static object Piece(TextPiece piece) => new { piece.Text, piece.FirstLine, piece.LastLine };
}
