namespace PlanGraph.GraphQL.Language;

/// <summary>A scalar, object, interface, union, enum or input object definition or extension (spec §3.4).</summary>
public sealed record TypeDefinitionNode(TypeDefinitionKind Kind, bool IsExtension, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields, IReadOnlyList<NamedTypeNode> UnionMembers, IReadOnlyList<EnumValueDefinitionNode> EnumValues, IReadOnlyList<InputValueDefinitionNode> InputFields, SourceLocation? Location) : IDefinitionNode, INamedSyntaxNode;
