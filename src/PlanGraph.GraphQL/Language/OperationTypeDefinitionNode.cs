namespace PlanGraph.GraphQL.Language;

/// <summary>query: Type inside a schema definition.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type, SourceLocation? Location) : ISyntaxNode;
