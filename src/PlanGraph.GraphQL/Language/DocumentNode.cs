namespace PlanGraph.GraphQL.Language;

/// <summary>A whole document: its definitions in order.</summary>
public sealed record DocumentNode(IReadOnlyList<IDefinitionNode> Definitions, SourceLocation? Location) : ISyntaxNode;
