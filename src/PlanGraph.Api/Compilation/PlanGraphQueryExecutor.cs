using System.Text.Json.Nodes;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Compilation;

/// <summary>Answers a request's root selection with exactly one Cypher statement sent to Neo4j.</summary>
public sealed class PlanGraphQueryExecutor(Neo4jHttpClient neo4j, CypherQueryCompiler compiler)
{
    /// <summary>Compiles, runs the one statement, and shapes the answer into the response's data.</summary>
    /// <exception cref="GraphQueryException">The request asks for something the plan graph does not have.</exception>
    /// <exception cref="Neo4jException">Neo4j refused the statement.</exception>
    public async Task<JsonObject> ExecuteAsync(IReadOnlyList<FieldSelection> rootFields, CancellationToken cancellationToken)
    {
        var compiled = compiler.Compile(rootFields);
        var result = await neo4j.RunAsync(compiled.Statement, cancellationToken).ConfigureAwait(false);
        return compiled.ToData(result);
    }
}
