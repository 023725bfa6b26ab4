using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PlanGraph.Api.Compilation;
using PlanGraph.Api.Hosting;
using PlanGraph.GraphQL.Execution;
using PlanGraph.Neo4j;

namespace PlanGraph.Bench.Api;

/// <summary>
/// Where one request's time goes, measured sequentially (one client) per question: the compiled statement
/// through our HTTP client, shaping its result, the whole engine request in process, and the whole HTTP round trip.
/// </summary>
internal static class Stages
{
    public static async Task RunAsync(WebApplication app, Neo4jHttpClient neo4j, HttpClient http, Uri api)
    {
        const int Rounds = 300;
        var compiler = new CypherQueryCompiler();
        var planner = app.Services.GetRequiredService<PlanGraphPlanner>();
        var executor = new RequestExecutor(PlanGraphExecutableSchema.Create(planner.PlanAsync), GraphQLLimits.Default) { Documents = new DocumentCache() };
        Console.WriteLine($"{"question",-52} {"run stmt",9} {"shape",8} {"engine",8} {"complete",8} {"write",8} {"http",8} {"bytes",7} {"cpu/req",8} {"cpu/run",8}   (medians of {Rounds} sequential calls, ms; cpu/req: this process's CPU per HTTP request)");
        var allocations = new List<string>();
        foreach (var question in HandWrittenCypher.Questions)
        {
            Allocated.Clear();
            var compiled = compiler.Compile(PlanGraphExecutableSchema.Selections(question.GraphQL));
            var result = await neo4j.RunAsync(compiled.Statement);
            var body = JsonSerializer.Serialize(new { query = question.GraphQL });
            var cpuRun = Process.GetCurrentProcess().TotalProcessorTime;
            var run = await Median(Rounds, async () => await neo4j.RunAsync(compiled.Statement));
            var runCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuRun).TotalMilliseconds / (Rounds + 20);
            // Disposed as the host does once the response is written (ShapedData returns its pooled buffer).
            var shape = await Median(Rounds, () => { compiled.WriteData(result).Dispose(); return Task.CompletedTask; });
            // In process there is no HttpContext, so the planner cannot hand the shaped data's buffer back: this stage's
            // KB include one 16 KB array per call that the HTTP host returns to the pool.
            var engine = await Median(Rounds, async () =>
            {
                var answer = await executor.ExecuteAsync(new ExecutionRequest(question.GraphQL));
                if (answer.Errors.Count > 0)
                {
                    throw new InvalidOperationException(answer.Errors[0].Message);
                }
            });
            // The engine's own share: the same request answered from an already shaped root (no Neo4j).
            var shaped = compiled.WriteData(result);
            var offline = new RequestExecutor(PlanGraphExecutableSchema.Create(_ => ValueTask.FromResult<object?>(new PlannedRoot { Data = shaped })), GraphQLLimits.Default) { Documents = new DocumentCache() };
            ExecutionResult? answered = null;
            var complete = await Median(Rounds, async () => answered = await offline.ExecuteAsync(new ExecutionRequest(question.GraphQL)));
            var write = await Median(Rounds, () =>
            {
                using var buffer = new MemoryStream();
                using var writer = new Utf8JsonWriter(buffer);
                ResultJsonWriter.Write(writer, answered!);
                return Task.CompletedTask;
            });
            var bytes = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var round = await Median(Rounds, async () =>
            {
                using var response = await http.PostAsync(api, new StringContent(body, Encoding.UTF8, "application/json"));
                bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            });
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (Rounds + 20);
            Console.WriteLine($"{question.Name,-52} {run,9:F2} {shape,8:F2} {engine,8:F2} {complete,8:F2} {write,8:F2} {round,8:F2} {bytes,7} {cpu,8:F2} {runCpu,8:F2}");
            allocations.Add($"{question.Name,-52} {string.Concat(Allocated.Select(kb => $"{kb,9:F1}"))}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"KB allocated per call",-52} {"run stmt",8} {"shape",8} {"engine",8} {"complete",8} {"write",8} {"http",8}");
        allocations.ForEach(Console.WriteLine);
    }

    /// <summary>KB allocated per call (all threads) by each stage of the question measured last, in the order measured.</summary>
    private static readonly List<double> Allocated = [];

    private static async Task<double> Median(int rounds, Func<Task> call)
    {
        for (var i = 0; i < 20; i++)
        {
            await call();
        }

        var times = new List<double>(rounds);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Allocated.Add((GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / rounds);
        times.Sort();
        return times[rounds / 2];
    }
}
