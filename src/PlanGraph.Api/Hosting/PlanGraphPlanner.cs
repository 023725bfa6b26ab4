using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PlanGraph.Api.Compilation;
using PlanGraph.Api.Search;
using PlanGraph.GraphQL.Execution;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Schema;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// The engine's operation planner for the plan graph: takes the whole root selection before anything
/// resolves, compiles it into one Cypher statement, runs it, and hands back the shaped data as the root
/// value. A root field the compiler refuses gets its own field error; the others are still answered.
/// The statement is compiled for the server's dialect, found from the version the Neo4j client discovers
/// once (3.x through dbms.components()) and keeps: later requests send nothing extra for it.
/// </summary>
public sealed class PlanGraphPlanner(Neo4jHttpClient neo4j, CypherQueryCompiler compiler, CompiledQueryCache cache, SearchIndex searchIndex, ILogger<PlanGraphPlanner> logger)
{
    public async ValueTask<object?> PlanAsync(OperationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var root = new PlannedRoot();
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<FieldSelection>? converted = null;
        IReadOnlyList<FieldSelection> Fields() => converted ??= EngineSelectionAdapter.Convert([.. plan.RootFields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal))], plan.Schema);

        // Discovery is answered from the client's cache after the first request. When it fails, the fields
        // are still compiled, so a refused field keeps its own error; the rest then fail as unreachable.
        Task<Neo4jServerInfo> discovery = neo4j.DiscoverAsync(plan.CancellationToken);
        try
        {
            await discovery.ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            // Rethrown below from the same task, after compilation.
        }

        var dialect = discovery.IsCompletedSuccessfully ? Dialect(discovery.Result) : null;

        // Without variables every argument value is in the document, so the same operation node (the engine's
        // document cache keeps one per text) compiles to the same statement: found without converting the selection.
        var reusable = plan.Variables.Count == 0 && discovery.IsCompletedSuccessfully;
        var known = reusable ? cache.FindOperation(plan.Operation, dialect?.Name) : null;
        try
        {
            // On a server without full-text indexes (3.x) search ranks in the in-process index (docs/api.md,
            // "Search"), read on the first search; on Neo4j 5 the statement searches the full-text index.
            var search = known is null && discovery.IsCompletedSuccessfully && dialect?.SupportsFullText != true && Fields().Any(f => f.Name == "search")
                ? await searchIndex.CurrentAsync(plan.CancellationToken).ConfigureAwait(false)
                : null;
            var compiled = known ?? Compile(Fields(), root, dialect, search);
            if (compiled is null)
            {
                return root;
            }

            if (known is null && reusable && !compiled.UsesSearchIndex && !root.HasFailures)
            {
                cache.StoreOperation(plan.Operation, compiled, dialect?.Name);
            }

            await discovery.ConfigureAwait(false);

            // The answer is read while its buffers are leased (Neo4jHttpClient.RunAsync with a reader): the shaper
            // writes the data out of it, then the buffers go back to the pool.
            var (data, seen) = await RunAsync(compiled, search, plan.CancellationToken).ConfigureAwait(false);
            if (data is null)
            {
                // The graph changed since the index was read: read it again and ask once more.
                search = await searchIndex.RefreshAsync(seen!, plan.CancellationToken).ConfigureAwait(false);
                compiled = Compile(Fields(), new PlannedRoot(), dialect, search)!; // refused fields were recorded the first time
                (data, _) = await RunAsync(compiled, null, plan.CancellationToken).ConfigureAwait(false);
            }

            root.Data = data!;
            if (plan.Context is HttpContext http && !plan.CancellationToken.IsCancellationRequested)
            {
                // The data's pooled buffer goes back once the response holds the bytes (ShapedData). Not after the
                // engine's deadline passed: that request may be answered and its context reused; the GC takes it then.
                http.Response.RegisterForDispose(data!);
            }

            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    "GraphQL {OperationName} answered with one statement of {CypherLength} characters and {ParameterCount} parameters in {ElapsedMs} ms",
                    plan.Operation.Name?.Value ?? "(anonymous)", compiled.Statement.Statement.Text.Length, compiled.Statement.Parameters.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (Neo4jUnavailableException e)
        {
            logger.LogError("Neo4j unavailable: {Message}", e.Message);
            root.FailAll(Fields(), new GraphQueryException("The graph database is not reachable; try again later."));
        }
        catch (Neo4jException e)
        {
            logger.LogError("Neo4j refused the compiled statement: {Code} {Message}", e.Code, e.ServerMessage);
            root.FailAll(Fields(), new GraphQueryException($"The graph database refused the query ({e.Code})."));
        }

        return root;
    }

    /// <summary>Runs the statement and writes its data; no data, and the graph's fingerprint, when it differs from <paramref name="search"/>'s.</summary>
    private Task<(ShapedData? Data, string? Fingerprint)> RunAsync(CompiledQuery compiled, SearchSnapshot? search, CancellationToken cancellationToken)
        => neo4j.RunAsync(
            compiled.Statement,
            result => search is not null && compiled.GraphFingerprint(result) is { } seen && seen != search.Fingerprint
                ? ((ShapedData?)null, seen)
                : (compiled.WriteData(result), null),
            cancellationToken);

    /// <summary>Compiles the fields the compiler accepts; each refused root field is recorded as failed and left out.</summary>
    private CompiledQuery? Compile(IReadOnlyList<FieldSelection> fields, PlannedRoot root, ISchemaDialect? dialect, SearchSnapshot? search)
    {
        var remaining = fields.ToList();
        while (remaining.Count > 0)
        {
            // A search through the index carries its hits' ids, which change with the index: not cached.
            if (search is null && cache.Find(remaining, dialect?.Name) is { } cached)
            {
                return cached;
            }

            try
            {
                var compiled = compiler.Compile(remaining, dialect, search);
                if (!compiled.UsesSearchIndex)
                {
                    cache.Store(remaining, compiled, dialect?.Name);
                }

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

    // A server whose DDL the project does not speak (4.0-4.3) still answers the common Cypher subset.
    private static ISchemaDialect? Dialect(Neo4jServerInfo server)
    {
        try
        {
            return Neo4jDialect.For(server);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
