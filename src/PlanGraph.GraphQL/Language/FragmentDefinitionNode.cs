namespace PlanGraph.GraphQL.Language;

/// <summary>fragment Name on Type @directives { selections } (spec §2.8).</summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet, SourceLocation? Location) : IDefinitionNode, INamedSyntaxNode;
