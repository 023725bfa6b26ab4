namespace PlanGraph.Ingestion;

/// <summary>
/// One node of a document's outline. Spans are offsets (UTF-16 code units, end exclusive) into
/// <see cref="IngestedDocument.NormalizedText"/>; lines are 1-based, inclusive lines of the original file.
/// </summary>
/// <param name="Kind">Section, box, table or paragraph (the root is <see cref="OutlineKind.Document"/>).</param>
/// <param name="Heading">Heading text without its numbering (sections), title (boxes, tables), or the text (paragraphs).</param>
/// <param name="Numbering">The numbering as written, e.g. "第三章", "一、", "（一）", "1.", "专栏2", "表1"; empty when none.</param>
/// <param name="Style">The numbering style, which decides nesting.</param>
/// <param name="Level">Depth in the outline: the root is 0, top-level sections 1.</param>
/// <param name="SectionPath">Headings from the top down to this node, joined by " > ".</param>
/// <param name="SpanStart">Start of the node's own text (heading or paragraph) in the normalised text.</param>
/// <param name="SpanEnd">End of the node's own text.</param>
/// <param name="FirstLine">First original line of the node's own text.</param>
/// <param name="LastLine">Last original line of the node's own text.</param>
/// <param name="Children">Nested nodes in document order.</param>
public sealed record OutlineNode(
    OutlineKind Kind,
    string Heading,
    string Numbering,
    NumberingStyle Style,
    int Level,
    string SectionPath,
    int SpanStart,
    int SpanEnd,
    int FirstLine,
    int LastLine,
    IReadOnlyList<OutlineNode> Children)
{
    /// <summary>This node and all below it, depth first.</summary>
    public IEnumerable<OutlineNode> Descendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.Descendants())
            {
                yield return node;
            }
        }
    }
}
