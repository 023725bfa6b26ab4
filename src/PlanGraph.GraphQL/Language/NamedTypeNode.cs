namespace PlanGraph.GraphQL.Language;

/// <summary>A type named by its name.</summary>
public sealed record NamedTypeNode(NameNode Name, SourceLocation? Location) : ITypeNode, INamedSyntaxNode;
