namespace PlanGraph.Api.Compilation;

/// <summary>A connection's selection compiled: the shapes of its fields, its page, the map entries of its nodes and the map of its edges' relationship data.</summary>
internal sealed record ConnectionParts(IReadOnlyList<Shape> Children, PageRequest Page, IReadOnlyList<string> NodeEntries, string EdgeMap)
{
    /// <summary>Whether nothing but <c>totalCount</c> (and <c>__typename</c>) is asked for.</summary>
    public bool CountOnly => Children.All(c => c is Shape.TotalCount or Shape.Typename);
}
