namespace PlanGraph.GraphQL.Language;

/// <summary>query, mutation or subscription (spec §2.3).</summary>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet, SourceLocation? Location) : IDefinitionNode
{
    /// <summary>The description before the definition (graphql-js 16.11+ reads them on executable definitions too).</summary>
    public StringValueNode? Description { get; init; }
}
