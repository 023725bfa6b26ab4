namespace PlanGraph.GraphQL.Language;

/// <summary>A bare name used as a value.</summary>
public sealed record EnumValueNode(string Value, SourceLocation? Location) : IValueNode;
