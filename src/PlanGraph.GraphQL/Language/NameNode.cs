namespace PlanGraph.GraphQL.Language;

/// <summary>A name token.</summary>
public sealed record NameNode(string Value, SourceLocation? Location) : ISyntaxNode;
