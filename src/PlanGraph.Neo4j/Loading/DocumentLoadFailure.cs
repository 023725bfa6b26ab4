namespace PlanGraph.Neo4j.Loading;

/// <summary>A document Neo4j refused (its transaction rolled back, so nothing of it was written).</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="FileName">Its file name, for the message a person reads.</param>
/// <param name="Error">What Neo4j said.</param>
/// <param name="RowsWritten">Rows sent in its transaction before the failure.</param>
/// <param name="RowsTotal">Rows the document has in all.</param>
public sealed record DocumentLoadFailure(string DocumentId, string FileName, Neo4jException Error, int RowsWritten, int RowsTotal);
