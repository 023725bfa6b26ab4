namespace PlanGraph.GraphQL.Language;

/// <summary>[values].</summary>
public sealed record ListValueNode(IReadOnlyList<IValueNode> Values, SourceLocation? Location) : IValueNode;
