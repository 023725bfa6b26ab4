namespace PlanGraph.Api.Compilation;

/// <summary>
/// How a connection's items come back, as its <see cref="ConnectionRenderer"/> rendered its <see cref="ConnectionRead"/>:
/// a closed hierarchy (private constructor, sealed records), so the shaper's switch names every form.
/// </summary>
internal abstract record ConnectionItems
{
    private ConnectionItems()
    {
    }

    /// <summary>
    /// <c>{total, items}</c> with the items already sorted, made distinct and paged by the server: node maps at the
    /// root (<paramref name="WithEdges"/> false), <c>{n: node map, e: edge map}</c> for relationships.
    /// </summary>
    public sealed record Paged(bool WithEdges) : ConnectionItems;

    /// <summary>Only <c>totalCount</c> was asked for: the count, or the reached ids when <paramref name="Distinct"/>.</summary>
    public sealed record Counted(bool Distinct) : ConnectionItems;

    /// <summary>
    /// Every related item as <c>{n, e, s}</c> (servers that cannot sort inside a pattern comprehension): the shaper
    /// makes them distinct, sorts by the keys (<c>s</c>, or the node map's <paramref name="SortProperties"/>) and pages.
    /// </summary>
    public sealed record All(IReadOnlyList<bool> SortDescending, IReadOnlyList<string>? SortProperties, bool Distinct) : ConnectionItems;
}
