namespace PlanGraph.GraphQL.Language;

/// <summary>A value of an enum type definition.</summary>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, SourceLocation? Location) : ISyntaxNode, INamedSyntaxNode;
