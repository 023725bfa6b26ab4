namespace PlanGraph.GraphQL.Language;

/// <summary>A top-level definition of a document.</summary>
public interface IDefinitionNode : ISyntaxNode
{
}
