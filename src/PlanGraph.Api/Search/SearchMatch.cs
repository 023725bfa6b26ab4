namespace PlanGraph.Api.Search;

/// <summary>
/// One ranked search hit: the node, the field and the exact text that matched, and how well
/// (0 the whole name or alias, 1 its prefix, 2 inside it, 3 inside a supporting sentence).
/// </summary>
/// <param name="NodeId">The node's id.</param>
/// <param name="Field">The field that matched.</param>
/// <param name="Text">The name, alias or sentence that contains the searched text.</param>
/// <param name="Rank">The match class; lower is better.</param>
public sealed record SearchMatch(string NodeId, SearchField Field, string Text, int Rank);
