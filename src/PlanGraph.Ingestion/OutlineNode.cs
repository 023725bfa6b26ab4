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
    /// <summary>The node this one is a child of; null for the root. Set once, when the outline is built.</summary>
    public OutlineNode? Parent { get; internal set; }

    /// <summary>The section holding this node: itself for a section and the root, else the nearest enclosing section (or the root).</summary>
    public OutlineNode Section => Kind is OutlineKind.Section or OutlineKind.Document || Parent is null ? this : Parent.Section;

    /// <summary>The heading with its numbering, as it stands in <see cref="SectionPath"/> ("第三章 X", "一、X").</summary>
    public string FullHeading => WithNumbering(Numbering, Heading);

    /// <summary>The enclosing nodes from the parent up to the root.</summary>
    public IEnumerable<OutlineNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>Whether this node is <paramref name="other"/> or lies below it.</summary>
    public bool IsWithin(OutlineNode other)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading after its numbering: a space after "第三章" or "1.", none after "一、" or "（一）".</summary>
    internal static string WithNumbering(string numbering, string heading)
        => numbering.Length == 0 ? heading : numbering + (numbering.EndsWith('、') || numbering.EndsWith('）') || numbering.EndsWith(')') ? "" : " ") + heading;

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
