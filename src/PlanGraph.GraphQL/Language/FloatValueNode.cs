namespace PlanGraph.GraphQL.Language;

/// <summary>A float literal, as written.</summary>
public sealed record FloatValueNode(string Value, SourceLocation? Location) : IValueNode;
