namespace PlanGraph.Api.Compilation;

/// <summary>One ORDER BY key of a read: a Cypher expression over the read's node, and its direction.</summary>
internal sealed record SortKey(string Expression, bool Descending)
{
    /// <summary>The key as ORDER BY writes it.</summary>
    public override string ToString() => Descending ? Expression + " DESC" : Expression;
}
