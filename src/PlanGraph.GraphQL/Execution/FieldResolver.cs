namespace PlanGraph.GraphQL.Execution;

/// <summary>Produces a field's value from its parent value and arguments; may complete asynchronously.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveInfo info);
