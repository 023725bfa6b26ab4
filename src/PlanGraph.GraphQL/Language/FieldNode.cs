namespace PlanGraph.GraphQL.Language;

/// <summary>alias: name(arguments) @directives { selections } (spec §2.5).</summary>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet, SourceLocation? Location) : ISelectionNode, INamedSyntaxNode;
