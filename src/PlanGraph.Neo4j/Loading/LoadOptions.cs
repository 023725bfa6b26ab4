namespace PlanGraph.Neo4j.Loading;

/// <summary>How a load runs.</summary>
/// <param name="RulesVersion">Version of the extraction rules that produced the graph; a change forces a reload.</param>
/// <param name="BatchSize">Rows per UNWIND statement (chosen by measurement: see docs/ontology.md).</param>
/// <param name="Force">Reload documents even when their hash and rules version are unchanged.</param>
public sealed record LoadOptions(string RulesVersion = "unversioned", int BatchSize = 1000, bool Force = false)
{
    /// <summary>Rows sent in one HTTP request (several UNWIND statements of one transaction).</summary>
    public int RowsPerRequest { get; init; } = 5000;
}
