namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Sees an operation's whole root selection before any field resolves and returns the root value the root
/// fields then read (e.g. a map from response key to data fetched in one database round trip).
/// </summary>
public delegate ValueTask<object?> OperationPlanner(OperationPlan plan);
