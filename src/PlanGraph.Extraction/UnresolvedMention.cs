namespace PlanGraph.Extraction;

/// <summary>Text that looks like an entity (a 《…》 title, a place, an institution) that no extracted entity is named.</summary>
/// <param name="FileName">The document it is in.</param>
/// <param name="Line">The original line it starts on.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Kind">title, place or institution: what it looks like.</param>
public sealed record UnresolvedMention(string FileName, int Line, string Text, string Kind);
