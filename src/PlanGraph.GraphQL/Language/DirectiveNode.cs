namespace PlanGraph.GraphQL.Language;

/// <summary>@name(arguments) (spec §2.12).</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments, SourceLocation? Location) : ISyntaxNode, INamedSyntaxNode;
