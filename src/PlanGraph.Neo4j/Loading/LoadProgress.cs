namespace PlanGraph.Neo4j.Loading;

/// <summary>Reported after each document, and while a document is written after each request of its transaction.</summary>
/// <param name="Done">Documents finished so far (loaded, skipped or unloaded).</param>
/// <param name="Total">Documents in this run.</param>
/// <param name="DocumentId">The document just finished (or being written).</param>
/// <param name="Outcome">"loaded", "unchanged", "unloaded", or "writing" while the document is in flight.</param>
/// <param name="Nodes">Nodes written for it.</param>
/// <param name="Relationships">Relationships written for it.</param>
public sealed record LoadProgress(int Done, int Total, string DocumentId, string Outcome, int Nodes, int Relationships)
{
    /// <summary>The document's file name, for people: ids are for machines.</summary>
    public string FileName { get; init; } = DocumentId;

    /// <summary>While "writing": rows (nodes, relationships, evidence) sent so far in the document's transaction.</summary>
    public int RowsWritten { get; init; }

    /// <summary>While "writing": rows the document has in all.</summary>
    public int RowsTotal { get; init; }
}
