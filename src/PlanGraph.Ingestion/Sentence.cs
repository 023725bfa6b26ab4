namespace PlanGraph.Ingestion;

/// <summary>A sentence of the body text (split on 。；！？ outside quotes and brackets) with the outline node holding it.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Node">The node whose text holds it: a section (its heading), a paragraph, or a 专栏 box (the prose before its items).</param>
public sealed record Sentence(TextPiece Text, OutlineNode Node)
{
    /// <summary>The section holding the sentence (the root before the first heading).</summary>
    public OutlineNode Section => Node.Section;

    /// <summary>The section's path, as evidence records it.</summary>
    public string SectionPath => Node.SectionPath;
}
