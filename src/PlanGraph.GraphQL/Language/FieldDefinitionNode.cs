namespace PlanGraph.GraphQL.Language;

/// <summary>A field of an object or interface type definition.</summary>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, ITypeNode Type, IReadOnlyList<DirectiveNode> Directives, SourceLocation? Location) : ISyntaxNode, INamedSyntaxNode;
