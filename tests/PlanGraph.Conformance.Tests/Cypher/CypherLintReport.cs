namespace PlanGraph.Conformance.Tests.Cypher;

/// <summary>What the Cypher 5 linter said about one statement.</summary>
internal sealed record CypherLintReport(string Name, IReadOnlyList<CypherLintDiagnostic> Diagnostics);
