namespace PlanGraph.GraphQL.Language;

/// <summary>query, mutation or subscription (spec §2.3).</summary>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet, SourceLocation? Location) : IDefinitionNode;
