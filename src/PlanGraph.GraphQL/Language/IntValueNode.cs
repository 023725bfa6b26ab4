namespace PlanGraph.GraphQL.Language;

/// <summary>An integer literal, as written.</summary>
public sealed record IntValueNode(string Value, SourceLocation? Location) : IValueNode;
