namespace PlanGraph.Api.Compilation;

/// <summary>
/// A connection, at the root or nested, as a read operation before it becomes Cypher: what to match
/// (<paramref name="Pattern"/>, binding <paramref name="Reached"/> and, for a relationship, <paramref name="Via"/>),
/// the filter, the sort, the page and the projection of each item. A <see cref="ConnectionRenderer"/> renders it
/// once per server: on Neo4j 5.6 and later the server sorts, de-duplicates and pages everywhere (<c>COUNT { }</c> and
/// <c>COLLECT { }</c> subquery expressions); on older servers a root read is sorted and paged by clauses, and a nested
/// one (3.1 has no way to sort inside a pattern comprehension) comes back whole for the result shaper to page.
/// </summary>
/// <param name="Pattern">The node pattern (root) or the relation's pattern with its placeholders bound (nested).</param>
/// <param name="Condition">The filter on the reached node, or null.</param>
/// <param name="Sort">ORDER BY keys over <paramref name="Reached"/>; the last is the id, so pages are stable.</param>
/// <param name="Page">The slice asked for.</param>
/// <param name="Distinct">Whether one node can be reached twice (a transitive relation) and is kept once.</param>
/// <param name="Reached">The variable of the node read.</param>
/// <param name="Via">The variable of the relationship whose data the edge carries; null at the root (no edge data).</param>
/// <param name="NodeEntries">The map projection entries of the node (over <paramref name="Reached"/>).</param>
/// <param name="EdgeMap">The map of the edge's relationship data (<c>{}</c> when none is asked for).</param>
/// <param name="CountOnly">Only <c>totalCount</c> is asked for: nothing but the count travels.</param>
internal sealed record ConnectionRead(
    string Pattern,
    string? Condition,
    IReadOnlyList<SortKey> Sort,
    PageRequest Page,
    bool Distinct,
    string Reached,
    string? Via,
    IReadOnlyList<string> NodeEntries,
    string EdgeMap,
    bool CountOnly)
{
    /// <summary>The pattern with its filter.</summary>
    public string Match => Condition is null ? Pattern : Pattern + " WHERE " + Condition;

    /// <summary>The node's map projection, with <paramref name="extra"/> entries (sort keys that travel in it).</summary>
    public string NodeMap(IEnumerable<string>? extra = null)
        => $"{Reached} {{{string.Join(", ", (extra is null ? NodeEntries : NodeEntries.Concat(extra)).Distinct())}}}";
}
