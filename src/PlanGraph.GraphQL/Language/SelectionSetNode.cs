namespace PlanGraph.GraphQL.Language;

/// <summary>{ selections } (spec §2.4).</summary>
public sealed record SelectionSetNode(IReadOnlyList<ISelectionNode> Selections, SourceLocation? Location) : ISyntaxNode;
