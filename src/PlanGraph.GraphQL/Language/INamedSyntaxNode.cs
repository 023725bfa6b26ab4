namespace PlanGraph.GraphQL.Language;

/// <summary>A node that carries a name.</summary>
public interface INamedSyntaxNode : ISyntaxNode
{
    NameNode Name { get; }
}
