namespace PlanGraph.GraphQL.Language;

/// <summary>{name: value}.</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields, SourceLocation? Location) : IValueNode;
