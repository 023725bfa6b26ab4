namespace PlanGraph.GraphQL.Language;

/// <summary>$name used as a value.</summary>
public sealed record VariableNode(NameNode Name, SourceLocation? Location) : IValueNode, INamedSyntaxNode;
