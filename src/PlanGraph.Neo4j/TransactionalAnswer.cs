namespace PlanGraph.Neo4j;

/// <summary>One answer of the transactional endpoint: the results, and for an open transaction where it lives.</summary>
internal sealed record TransactionalAnswer(IReadOnlyList<CypherResult> Results, Uri? Location, Uri? Commit);
