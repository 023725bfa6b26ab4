namespace PlanGraph.Api.Search;

/// <summary>One page of ranked hits: the hits, the position of the first in the whole ranking, and how many hits there are.</summary>
/// <param name="Hits">The hits on this page, best first.</param>
/// <param name="Offset">The 0-based position of the first hit in the whole ranking.</param>
/// <param name="Total">The number of hits over all pages.</param>
public sealed record SearchPage(IReadOnlyList<SearchMatch> Hits, int Offset, int Total);
