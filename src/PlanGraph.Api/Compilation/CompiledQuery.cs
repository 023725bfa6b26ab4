using PlanGraph.Neo4j;

namespace PlanGraph.Api.Compilation;

/// <summary>One GraphQL request compiled: the single Cypher statement with its parameters, and how to shape the answer.</summary>
public sealed class CompiledQuery
{
    internal CompiledQuery(BoundStatement statement, IReadOnlyList<Shape> shapes, string? fingerprintColumn = null)
    {
        Statement = statement;
        Shapes = shapes;
        FingerprintColumn = fingerprintColumn;
    }

    /// <summary>Whether the statement's search hits came from the in-process index (such a compilation is not reused).</summary>
    public bool UsesSearchIndex => FingerprintColumn is not null;

    /// <summary>The statement to send (its text depends only on the request's shape; values are parameters).</summary>
    public BoundStatement Statement { get; }

    internal IReadOnlyList<Shape> Shapes { get; }

    /// <summary>The column holding the graph's fingerprint when search used the in-process index.</summary>
    private string? FingerprintColumn { get; }

    /// <summary>The graph's fingerprint as the statement saw it (JSON), to compare with the index's; null when search did not use the index.</summary>
    public string? GraphFingerprint(CypherResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return FingerprintColumn is null || result.Rows.Count == 0 ? null : result.Rows[0][result.ColumnIndex(FingerprintColumn)].GetRawText();
    }

    /// <summary>The response's <c>data</c> from the statement's result, written as JSON per root field (copies out of the result, which may then go).</summary>
    public ShapedData WriteData(CypherResult result) => ResultShaper.Write(Shapes, result);

    /// <summary>The response's <c>data</c> as a tree (for tests and tools).</summary>
    public System.Text.Json.Nodes.JsonObject ToData(CypherResult result) => WriteData(result).ToJsonObject();
}
