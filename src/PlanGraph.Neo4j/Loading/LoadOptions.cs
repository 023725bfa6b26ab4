namespace PlanGraph.Neo4j.Loading;

/// <summary>How a load runs.</summary>
/// <param name="RulesVersion">Version of the extraction rules that produced the graph; a change forces a reload.</param>
/// <param name="BatchSize">Rows per UNWIND statement (chosen by measurement: see docs/ontology.md).</param>
/// <param name="Force">Reload documents even when their hash and rules version are unchanged.</param>
public sealed record LoadOptions(string RulesVersion = "unversioned", int BatchSize = 1000, bool Force = false)
{
    /// <summary>Rows sent in one HTTP request (several UNWIND statements of one transaction).</summary>
    public int RowsPerRequest { get; init; } = 5000;

    /// <summary>
    /// When Neo4j refuses one document (after the client's retries), record it in <see cref="LoadReport.Failed"/>
    /// and go on with the next instead of throwing. A lost server still throws: nothing after it could load.
    /// </summary>
    public bool ContinueAfterFailedDocument { get; init; }

    /// <summary>
    /// Rows (nodes, relationships, evidence) one document may write in a single transaction. A larger document
    /// is written in transactions of at most this many rows, so its size is not bounded by Neo4j's heap; until
    /// the last one commits the document counts as not loaded and the next load writes it again (docs/ontology.md).
    /// </summary>
    public int MaxRowsPerTransaction { get; init; } = 100_000;

    /// <summary>
    /// Evidence in statements of its own, one MERGE per piece after the nodes and relationships: the write path
    /// before 2026-12, kept only so that bench/PlanGraph.Bench.Load measures it beside the current one.
    /// </summary>
    internal bool SeparateEvidenceStatements { get; init; }
}
