namespace PlanGraph.GraphQL.Language;

/// <summary>name: value (spec §2.6).</summary>
public sealed record ArgumentNode(NameNode Name, IValueNode Value, SourceLocation? Location) : ISyntaxNode, INamedSyntaxNode;
