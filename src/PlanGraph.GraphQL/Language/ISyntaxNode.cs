namespace PlanGraph.GraphQL.Language;

/// <summary>Any node of a parsed document; Location is where it starts.</summary>
public interface ISyntaxNode
{
    SourceLocation? Location { get; }
}
