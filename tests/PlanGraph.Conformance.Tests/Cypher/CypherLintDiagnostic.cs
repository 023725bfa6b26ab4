namespace PlanGraph.Conformance.Tests.Cypher;

/// <summary>One diagnostic of the Cypher 5 linter; line and column are 1-based.</summary>
internal sealed record CypherLintDiagnostic(string Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{Severity} at {Line}:{Column}: {Message}";
}
