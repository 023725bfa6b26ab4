using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PlanGraph.Api.Compilation;
using PlanGraph.GraphQL.Execution;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// The engine's operation planner for the plan graph: takes the whole root selection before anything
/// resolves, compiles it into one Cypher statement, runs it, and hands back the shaped data as the root
/// value. A root field the compiler refuses gets its own field error; the others are still answered.
/// </summary>
public sealed class PlanGraphPlanner(Neo4jHttpClient neo4j, CypherQueryCompiler compiler, CompiledQueryCache cache, ILogger<PlanGraphPlanner> logger)
{
    public async ValueTask<object?> PlanAsync(OperationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var root = new PlannedRoot();
        var fields = EngineSelectionAdapter.Convert([.. plan.RootFields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal))], plan.Schema);
        var compiled = Compile(fields, root);
        if (compiled is null)
        {
            return root;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var result = await neo4j.RunAsync(compiled.Statement, plan.CancellationToken).ConfigureAwait(false);
            root.Data = compiled.ToData(result);
            logger.LogInformation(
                "GraphQL {OperationName} answered with one statement of {CypherLength} characters and {ParameterCount} parameters in {ElapsedMs} ms",
                plan.Operation.Name?.Value ?? "(anonymous)", compiled.Statement.Statement.Text.Length, compiled.Statement.Parameters.Count, clock.ElapsedMilliseconds);
        }
        catch (Neo4jUnavailableException e)
        {
            logger.LogError("Neo4j unavailable: {Message}", e.Message);
            root.FailAll(fields, new GraphQueryException("The graph database is not reachable; try again later."));
        }
        catch (Neo4jException e)
        {
            logger.LogError("Neo4j refused the compiled statement: {Code} {Message}", e.Code, e.ServerMessage);
            root.FailAll(fields, new GraphQueryException($"The graph database refused the query ({e.Code})."));
        }

        return root;
    }

    /// <summary>Compiles the fields the compiler accepts; each refused root field is recorded as failed and left out.</summary>
    private CompiledQuery? Compile(IReadOnlyList<FieldSelection> fields, PlannedRoot root)
    {
        var remaining = fields.ToList();
        while (remaining.Count > 0)
        {
            if (cache.Find(remaining) is { } cached)
            {
                return cached;
            }

            try
            {
                var compiled = compiler.Compile(remaining);
                cache.Store(remaining, compiled);
                return compiled;
            }
            catch (GraphQueryException e)
            {
                var key = e.Path.Count > 0 ? e.Path[0] : null;
                var failed = remaining.FindAll(f => key is null || f.ResponseKey == key);
                root.FailAll(failed, e);
                remaining.RemoveAll(failed.Contains);
            }
        }

        return null;
    }
}
