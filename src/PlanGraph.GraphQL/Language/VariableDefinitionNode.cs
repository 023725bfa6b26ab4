namespace PlanGraph.GraphQL.Language;

/// <summary>$name: Type = default @directives (spec §2.10).</summary>
public sealed record VariableDefinitionNode(VariableNode Variable, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives, SourceLocation? Location) : ISyntaxNode;
