using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL;

/// <summary>A GraphQL error: a message and the places in the document it is about (spec §7.1.2).</summary>
public sealed class GraphQLError : Exception
{
    public GraphQLError(string message, IEnumerable<ISyntaxNode> nodes)
        : base(message)
    {
        Nodes = [.. nodes];
        Locations = [.. Nodes.Select(n => n.Location).OfType<SourceLocation>()];
    }

    public GraphQLError(string message, SourceLocation location)
        : base(message)
    {
        Nodes = [];
        Locations = [location];
    }

    public GraphQLError()
        : this("GraphQL error", [])
    {
    }

    public GraphQLError(string message)
        : this(message, [])
    {
    }

    public GraphQLError(string message, Exception innerException)
        : base(message, innerException)
    {
        Nodes = [];
        Locations = [];
    }

    public IReadOnlyList<ISyntaxNode> Nodes { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }
}
