using System.Text.Json;
using System.Text.Json.Nodes;
using PlanGraph.Api.Compilation;
using PlanGraph.Api.Schema;
using PlanGraph.GraphQL.Execution;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// The plan-graph SDL bound for the engine: an operation planner answers the whole request at once, and
/// every field then reads the shaped answer by its response key (so aliases need no resolver of their own).
/// </summary>
public static class PlanGraphExecutableSchema
{
    public static ExecutableSchema Create(OperationPlanner planner)
    {
        var resolvers = new ResolverMap()
            .Plan(planner)
            .Default(ReadShaped)
            .AbstractType(PlanGraphModel.NodeInterface, (value, _) => value is JsonObject node ? node[EngineSelectionAdapter.TypenameKey]?.GetValue<string>() : null);
        return ExecutableSchema.FromSdl(PlanGraphSdl.Text, resolvers);
    }

    /// <summary>
    /// The compiler's view of a query: the engine parses, validates and merges it, and the planner hands
    /// back the root selection instead of running it (for the Cypher lint's samples and for tests).
    /// </summary>
    /// <exception cref="GraphQueryException">The query is not valid against the schema; the message lists the errors.</exception>
    public static IReadOnlyList<FieldSelection> Selections(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        IReadOnlyList<FieldSelection>? captured = null;
        var schema = Create(plan =>
        {
            captured = EngineSelectionAdapter.Convert([.. plan.RootFields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal))], plan.Schema);
            return ValueTask.FromResult<object?>(new PlannedRoot());
        });
        var result = new RequestExecutor(schema, GraphQLLimits.None).ExecuteAsync(new ExecutionRequest(query) { Variables = variables }).GetAwaiter().GetResult();
        return captured ?? throw new GraphQueryException(string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>Reads a root field from the planned root by its response key (shaped below it: <see cref="PlannedRoot.Read"/>).</summary>
    private static ValueTask<object?> ReadShaped(ResolveInfo info) => info.Source switch
    {
        PlannedRoot root => ValueTask.FromResult(root.Read((string)info.Path[^1])),
        _ => DefaultResolver.Resolve(info),
    };
}
