namespace PlanGraph.GraphQL.Language;

/// <summary>Type!.</summary>
public sealed record NonNullTypeNode(ITypeNode Type, SourceLocation? Location) : ITypeNode;
