namespace PlanGraph.GraphQL.Language;

/// <summary>null.</summary>
public sealed record NullValueNode(SourceLocation? Location) : IValueNode;
