namespace PlanGraph.Api.Compilation;

/// <summary>
/// A nested connection as a read operation, before it becomes Cypher: which relationships to follow
/// (<paramref name="Pattern"/>, bound to <paramref name="Reached"/> and <paramref name="Via"/>), the filter, the
/// sort, the page and the projection of each item. It is rendered once per server: on Neo4j 5.6 and later
/// the server sorts, de-duplicates and pages (<c>COUNT { }</c> and <c>COLLECT { }</c> subquery expressions,
/// which nest inside map projections); on older servers (3.1 has no way to sort inside a pattern
/// comprehension) every related item comes back with its sort keys and the result shaper pages them.
/// </summary>
/// <param name="Pattern">The relation's Cypher pattern with its placeholders bound.</param>
/// <param name="Condition">The filter on the reached node, or null.</param>
/// <param name="Sort">ORDER BY keys over <paramref name="Reached"/>; the last is the id, so pages are stable.</param>
/// <param name="Page">The slice asked for.</param>
/// <param name="Distinct">Whether one node can be reached twice (a transitive relation) and is kept once.</param>
/// <param name="Reached">The variable of the node reached.</param>
/// <param name="Via">The variable of the relationship whose data the edge carries.</param>
/// <param name="NodeMap">The map projection of the reached node.</param>
/// <param name="EdgeMap">The map of the edge's relationship data.</param>
internal sealed record ConnectionRead(
    string Pattern,
    string? Condition,
    IReadOnlyList<SortKey> Sort,
    PageRequest Page,
    bool Distinct,
    string Reached,
    string Via,
    string NodeMap,
    string EdgeMap)
{
    private string Match => Condition is null ? Pattern : Pattern + " WHERE " + Condition;

    /// <summary>
    /// For servers without subquery expressions: every related item with its node map, edge map and,
    /// unless the keys travel in the node map (<paramref name="keysInNodeMap"/>), its sort keys as "s".
    /// </summary>
    public string AllItems(bool keysInNodeMap)
        => keysInNodeMap
            ? $"[{Match} | {{n: {NodeMap}, e: {EdgeMap}}}]"
            : $"[{Match} | {{n: {NodeMap}, e: {EdgeMap}, s: [{string.Join(", ", Sort.Select(k => k.Expression))}]}}]";

    /// <summary>
    /// For Neo4j 5.6 and later: <c>{total, items}</c> with the items sorted, made distinct and paged by the
    /// server. A node reached twice keeps the first relationship found, as the shaper does on other servers.
    /// </summary>
    public string PagedItems(CompilationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var item = scope.Variable("i");
        var skip = scope.Parameter((long)Page.Offset);
        var limit = scope.Parameter((long)Page.First);
        var group = Distinct ? $"WITH {Reached}, head(collect({Via})) AS {Via}" : $"WITH {Reached}, {Via}";
        var total = Distinct
            ? $"size(COLLECT {{ MATCH {Match} RETURN DISTINCT {Reached}.id AS {item} }})"
            : $"COUNT {{ MATCH {Match} }}";
        return $"{{total: {total}, items: COLLECT {{ MATCH {Match} {group} ORDER BY {string.Join(", ", Sort)} SKIP {skip} LIMIT {limit} RETURN {{n: {NodeMap}, e: {EdgeMap}}} AS {item} }}}}";
    }
}
