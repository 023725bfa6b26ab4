namespace PlanGraph.GraphQL.Language;

/// <summary>A string or block string literal, its value after escapes and dedent.</summary>
public sealed record StringValueNode(string Value, bool Block, SourceLocation? Location) : IValueNode;
