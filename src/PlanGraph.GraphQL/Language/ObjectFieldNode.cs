namespace PlanGraph.GraphQL.Language;

/// <summary>One name: value of an object literal.</summary>
public sealed record ObjectFieldNode(NameNode Name, IValueNode Value, SourceLocation? Location) : ISyntaxNode, INamedSyntaxNode;
