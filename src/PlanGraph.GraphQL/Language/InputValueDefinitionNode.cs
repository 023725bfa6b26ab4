namespace PlanGraph.GraphQL.Language;

/// <summary>An argument definition or an input object field definition.</summary>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives, SourceLocation? Location) : ISyntaxNode, INamedSyntaxNode;
