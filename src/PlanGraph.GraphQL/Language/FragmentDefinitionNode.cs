namespace PlanGraph.GraphQL.Language;

/// <summary>fragment Name on Type @directives { selections } (spec §2.8).</summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet, SourceLocation? Location) : IDefinitionNode, INamedSyntaxNode
{
    /// <summary>The description before the definition (graphql-js 16.11+ reads them on executable definitions too).</summary>
    public StringValueNode? Description { get; init; }
}
