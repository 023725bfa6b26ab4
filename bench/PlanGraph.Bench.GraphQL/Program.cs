using System.Diagnostics;
using System.Text.Json;
using PlanGraph.Bench.GraphQL;
using PlanGraph.GraphQL.Execution;

// Times parse + validate + execute per document for PlanGraph.GraphQL and, in a node process in the same
// run, for graphql-js 16 on the same schema and documents; prints operations per second and the ratio.
// bin/<configuration>/<framework>/ sits three levels below the project folder, where js/ has its node_modules.
var jsDirectory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "js"));
var introspectionQuery = await Node(jsDirectory, "query", null);
var documents = BenchInputs.Documents(introspectionQuery);

var node = new Dictionary<string, object?> { ["id"] = "1", ["name"] = "node" };
node["child"] = node;
var root = new Dictionary<string, object?> { ["hello"] = "world", ["node"] = node };
var executor = new RequestExecutor(ExecutableSchema.FromSdl(BenchInputs.Sdl, new ResolverMap()), GraphQLLimits.None);

var ours = new Dictionary<string, double>();
foreach (var (name, query) in documents)
{
    var request = new ExecutionRequest(query) { RootValue = root };
    var check = await executor.ExecuteAsync(request);
    if (check.Errors.Count > 0)
    {
        throw new InvalidOperationException($"{name}: {check.Errors[0].Message}");
    }

    ours[name] = await OperationsPerSecond(async () => await executor.ExecuteAsync(request));
}

// Where the time of the introspection query goes: parse, validate, execute (PLANGRAPH_BENCH_SPLIT=1).
if (Environment.GetEnvironmentVariable("PLANGRAPH_BENCH_SPLIT") == "1")
{
    var parsedDocument = PlanGraph.GraphQL.Language.Parser.Parse(introspectionQuery);
    Console.WriteLine($"introspection parse    {await OperationsPerSecond(() => { PlanGraph.GraphQL.Language.Parser.Parse(introspectionQuery); return Task.CompletedTask; }),10:F1} ops/s");
    Console.WriteLine($"introspection validate {await OperationsPerSecond(() => { PlanGraph.GraphQL.Validation.DocumentValidator.Validate(executor.Schema.Schema, parsedDocument); return Task.CompletedTask; }),10:F1} ops/s");
    Console.WriteLine($"introspection execute  {await OperationsPerSecond(async () => await Executor.ExecuteAsync(executor.Schema, parsedDocument, new ExecutionRequest(introspectionQuery))),10:F1} ops/s");
    Console.WriteLine($"introspection pipeline {await OperationsPerSecond(async () => await executor.ExecuteAsync(new ExecutionRequest(introspectionQuery))),10:F1} ops/s");
}

var input = JsonSerializer.Serialize(new { sdl = BenchInputs.Sdl, documents = documents.Select(d => new { name = d.Name, query = d.Query }) });
using var js = JsonDocument.Parse(await Node(jsDirectory, "run", input));
Console.WriteLine($"{"input",-22} {"PlanGraph ops/s",16} {"graphql-js ops/s",17} {"ratio",7}");
foreach (var (name, _) in documents)
{
    var theirs = js.RootElement.GetProperty(name).GetDouble();
    Console.WriteLine($"{name,-22} {ours[name],16:F1} {theirs,17:F1} {ours[name] / theirs,6:F2}x");
}

static async Task<double> OperationsPerSecond(Func<Task> operation)
{
    // Warm up for a second: .NET's tiered JIT recompiles hot methods after ~30 calls and a background
    // delay, so five calls measured the first document (the introspection query) half-optimised.
    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
    {
        await operation();
    }

    var watch = Stopwatch.StartNew();
    var count = 0;
    while (watch.Elapsed < TimeSpan.FromSeconds(2))
    {
        await operation();
        count++;
    }

    return count / watch.Elapsed.TotalSeconds;
}

static async Task<string> Node(string directory, string mode, string? stdin)
{
    var start = new ProcessStartInfo("node", ["bench.mjs", mode]) { WorkingDirectory = directory, RedirectStandardInput = true, RedirectStandardOutput = true };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
    if (stdin is not null)
    {
        await process.StandardInput.WriteAsync(stdin);
    }

    process.StandardInput.Close();
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    return process.ExitCode == 0 ? output : throw new InvalidOperationException($"bench.mjs {mode} exited with {process.ExitCode}");
}
