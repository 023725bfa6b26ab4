namespace PlanGraph.GraphQL.Language;

/// <summary>... on Type @directives { selections } (spec §2.8.2).</summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet, SourceLocation? Location) : ISelectionNode;
