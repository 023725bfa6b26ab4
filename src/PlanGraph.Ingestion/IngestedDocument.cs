namespace PlanGraph.Ingestion;

/// <summary>A file read, decoded, normalised and outlined.</summary>
/// <param name="FileName">File name without folders.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Encoding">The encoding the text was decoded with: "utf-8", "utf-16", "gb18030", or "docx".</param>
/// <param name="OriginalText">The decoded text of the file (for .docx: its paragraphs, one per line).</param>
/// <param name="NormalizedText">The text with conversion noise removed, wrapped lines joined, one paragraph, heading or table row per line.</param>
/// <param name="Map">Offsets and lines of the normalised text in the original.</param>
/// <param name="Outline">The outline tree; the root is the document.</param>
/// <param name="Boxes">Every 专栏 box.</param>
/// <param name="Tables">Every 表 table.</param>
/// <param name="Sentences">Every sentence of headings, paragraphs and the unnumbered prose that opens a 专栏 box (not of box items or tables).</param>
public sealed record IngestedDocument(
    string FileName,
    string Sha256,
    string Encoding,
    string OriginalText,
    string NormalizedText,
    SourceMap Map,
    OutlineNode Outline,
    IReadOnlyList<ContentBox> Boxes,
    IReadOnlyList<DocumentTable> Tables,
    IReadOnlyList<Sentence> Sentences)
{
    /// <summary>
    /// Lower-case hex SHA-256 of the normalised text (UTF-8): the same for a document whatever its encoding,
    /// line endings or conversion noise, so copies of one document are recognised as such.
    /// </summary>
    public string TextSha256 { get; init; } = string.Empty;

    /// <summary>The normalised text between two offsets, with the original lines it comes from.</summary>
    public TextPiece Piece(int start, int end)
    {
        var (first, last) = Map.Lines(start, end);
        return new TextPiece(NormalizedText[start..end], start, end, first, last);
    }
}
