namespace PlanGraph.GraphQL.Tests.Differential;

public sealed record VerdictLocation(int Line, int Column);
