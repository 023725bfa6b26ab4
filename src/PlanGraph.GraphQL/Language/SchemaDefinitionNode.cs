namespace PlanGraph.GraphQL.Language;

/// <summary>schema @directives { operation: Type } and its extension (spec §3.3).</summary>
public sealed record SchemaDefinitionNode(bool IsExtension, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes, SourceLocation? Location) : IDefinitionNode
{
    /// <summary>The description before the definition (graphql-js 16.11+ reads them on executable definitions too).</summary>
    public StringValueNode? Description { get; init; }
}
