namespace PlanGraph.GraphQL.Language;

/// <summary>$name: Type = default @directives (spec §2.10).</summary>
public sealed record VariableDefinitionNode(VariableNode Variable, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives, SourceLocation? Location) : ISyntaxNode
{
    /// <summary>The description before the definition (graphql-js 16.11+ reads them on executable definitions too).</summary>
    public StringValueNode? Description { get; init; }
}
