using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Shouldly;

namespace PlanGraph.Cli.Tests;

/// <summary>`plangraph neo4j …` run as a process, the way users and ./test run it (on ports nothing listens on).</summary>
public sealed class Neo4jVerbTests
{
    [Fact]
    public async Task Status_of_a_server_that_is_not_running_says_stopped_with_exit_code_3()
    {
        var port = FreePort();
        var (exit, output) = await RunAsync(["neo4j", "status", "--http-port", port.ToString(), "--bolt-port", FreePort().ToString()]);

        exit.ShouldBe(3);
        output.ShouldContain("stopped");
        output.ShouldContain($"http://127.0.0.1:{port}/");
    }

    [Fact]
    public async Task Stop_when_nothing_runs_succeeds_and_says_so()
    {
        var (exit, output) = await RunAsync(["neo4j", "stop", "--http-port", FreePort().ToString(), "--bolt-port", FreePort().ToString()]);

        exit.ShouldBe(0);
        output.ShouldContain("nothing to stop");
    }

    [Theory]
    [InlineData("neo4j", "restart")]
    [InlineData("neo4j", "start", "--http-port", "seventy")]
    [InlineData("neo4j", "start", "--timeout")]
    [InlineData("neo4j")]
    public async Task Bad_arguments_exit_with_2_and_explain(params string[] args)
    {
        var (exit, output) = await RunAsync(args);

        exit.ShouldBe(2);
        output.ShouldContain("neo4j");
        output.Length.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Help_lists_the_neo4j_and_up_verbs()
    {
        var (exit, output) = await RunAsync(["help"]);

        exit.ShouldBe(0);
        output.ShouldContain("neo4j start|stop|status|reset");
        output.ShouldContain("up ");
    }

    private static async Task<(int Exit, string Output)> RunAsync(IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plangraph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PLANGRAPH_ROOT"] = RepositoryFiles.Root;
        start.Environment.Remove("NEO4J_HTTP_PORT");
        start.Environment.Remove("NEO4J_BOLT_PORT");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
