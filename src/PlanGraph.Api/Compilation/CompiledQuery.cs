using PlanGraph.Neo4j;

namespace PlanGraph.Api.Compilation;

/// <summary>One GraphQL request compiled: the single Cypher statement with its parameters, and how to shape the answer.</summary>
public sealed class CompiledQuery
{
    internal CompiledQuery(BoundStatement statement, IReadOnlyList<Shape> shapes)
    {
        Statement = statement;
        Shapes = shapes;
    }

    /// <summary>The statement to send (its text depends only on the request's shape; values are parameters).</summary>
    public BoundStatement Statement { get; }

    internal IReadOnlyList<Shape> Shapes { get; }

    /// <summary>The response's <c>data</c> from the statement's result.</summary>
    public System.Text.Json.Nodes.JsonObject ToData(CypherResult result) => ResultShaper.Shape(Shapes, result);
}
