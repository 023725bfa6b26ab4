namespace PlanGraph.GraphQL.Language;

/// <summary>[Type].</summary>
public sealed record ListTypeNode(ITypeNode Type, SourceLocation? Location) : ITypeNode;
