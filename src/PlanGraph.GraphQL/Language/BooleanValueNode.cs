namespace PlanGraph.GraphQL.Language;

/// <summary>true or false.</summary>
public sealed record BooleanValueNode(bool Value, SourceLocation? Location) : IValueNode;
