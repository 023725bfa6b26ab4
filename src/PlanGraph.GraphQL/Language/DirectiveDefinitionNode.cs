namespace PlanGraph.GraphQL.Language;

/// <summary>directive @name(arguments) repeatable on LOCATIONS (spec §3.13).</summary>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations, SourceLocation? Location) : IDefinitionNode, INamedSyntaxNode;
