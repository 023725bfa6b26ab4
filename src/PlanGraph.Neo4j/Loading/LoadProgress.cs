namespace PlanGraph.Neo4j.Loading;

/// <summary>Reported after each document.</summary>
/// <param name="Done">Documents finished so far (loaded, skipped or unloaded).</param>
/// <param name="Total">Documents in this run.</param>
/// <param name="DocumentId">The document just finished.</param>
/// <param name="Outcome">"loaded", "unchanged" or "unloaded".</param>
/// <param name="Nodes">Nodes written for it.</param>
/// <param name="Relationships">Relationships written for it.</param>
public sealed record LoadProgress(int Done, int Total, string DocumentId, string Outcome, int Nodes, int Relationships);
