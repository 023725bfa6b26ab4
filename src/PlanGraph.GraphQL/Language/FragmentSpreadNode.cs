namespace PlanGraph.GraphQL.Language;

/// <summary>...Name @directives (spec §2.8).</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, SourceLocation? Location) : ISelectionNode, INamedSyntaxNode;
