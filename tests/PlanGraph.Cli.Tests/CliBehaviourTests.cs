using System.Net;
using System.Net.Sockets;
using Shouldly;

namespace PlanGraph.Cli.Tests;

/// <summary>Help, exit codes, safe outputs and a taken port: what a user meets before any graph is built.</summary>
public sealed class CliBehaviourTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plangraph-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("extract", "--format")]
    [InlineData("load", "--unload")]
    [InlineData("neo4j", "--heap")]
    [InlineData("up", "--no-serve")]
    [InlineData("serve", "--urls")]
    [InlineData("outline", "--json")]
    [InlineData("report", "--all")]
    [InlineData("score", "--expected")]
    [InlineData("schema", "NEO4J_URL")]
    public async Task Every_verb_explains_itself_on_help(string verb, string option)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync([verb, "--help"]);

        exit.ShouldBe(0, stderr);
        stdout.ShouldStartWith($"usage: ./plangraph {verb}");
        stdout.ShouldContain(option);
        stdout.ShouldContain("exit codes:");
    }

    [Fact]
    public async Task Outline_as_json_gives_the_tree_boxes_and_tables_of_a_seed_with_line_numbers()
    {
        var seed = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "seeds"), "futian-14th-five-year-plan-outline.txt").Single();

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["outline", seed, "--json"]);

        exit.ShouldBe(0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("FileName").GetString().ShouldBe("futian-14th-five-year-plan-outline.txt");
        var top = root.GetProperty("Outline").GetProperty("Children").EnumerateArray().ToList();
        top.ShouldContain(n => n.GetProperty("Kind").GetString() == "Section" && n.GetProperty("FirstLine").GetInt32() > 0);
        root.GetProperty("Boxes").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("Tables")[0].GetProperty("Rows").GetArrayLength().ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task A_run_where_every_input_failed_leaves_the_previous_output_as_it_was()
    {
        var output = Path.Combine(folder, "graph.json");
        await File.WriteAllTextAsync(output, "{\"previous\": true}", TestContext.Current.CancellationToken);
        var binary = Path.Combine(folder, "binary.txt");
        await File.WriteAllBytesAsync(binary, [0, 1, 2, 0], TestContext.Current.CancellationToken);

        var (exit, _, stderr) = await CliProcess.RunAsync(["extract", Path.Combine(folder, "missing.txt"), binary, "--out", output]);

        exit.ShouldBe(1);
        stderr.ShouldContain("missing.txt");
        stderr.ShouldContain("binary.txt");
        stderr.ShouldContain("nothing was written");
        (await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)).ShouldBe("{\"previous\": true}");
        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(["binary.txt", "graph.json"], ignoreOrder: true, "no temporary file is left behind");
    }

    [Fact]
    public async Task Extract_with_some_inputs_failed_writes_the_rest_and_exits_1()
    {
        var good = Path.Combine(folder, "plan.txt");
        await File.WriteAllTextAsync(good, "某省“十四五”规划纲要\n一、总体要求\n到2025年，地区生产总值达到1000亿元。\n", TestContext.Current.CancellationToken);
        var output = Path.Combine(folder, "out.json");

        var (exit, _, stderr) = await CliProcess.RunAsync(["extract", good, Path.Combine(folder, "missing.txt"), "--out", output]);

        exit.ShouldBe(1);
        stderr.ShouldContain("missing.txt");
        (await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)).ShouldContain("plan.txt");
    }

    [Fact]
    public async Task Load_exits_1_when_every_input_failed_and_names_each_like_extract()
    {
        var binary = Path.Combine(folder, "binary.txt");
        await File.WriteAllBytesAsync(binary, [0, 1, 2, 0], TestContext.Current.CancellationToken);
        var corrupt = Path.Combine(folder, "broken.docx");
        await File.WriteAllTextAsync(corrupt, "not a zip", TestContext.Current.CancellationToken);
        var badJson = Path.Combine(folder, "graph.json");
        await File.WriteAllTextAsync(badJson, "{\"documents\": [", TestContext.Current.CancellationToken);
        string[] inputs = [Path.Combine(folder, "missing.txt"), binary, corrupt, badJson];

        // No Neo4j is needed: nothing readable reaches it (the URL points at a port nothing listens on).
        var environment = new Dictionary<string, string> { ["NEO4J_URL"] = $"http://127.0.0.1:{CliProcess.FreePort()}" };
        var load = await CliProcess.RunAsync(["load", .. inputs], environment: environment);
        var extract = await CliProcess.RunAsync(["extract", .. inputs[..3]]);

        load.Exit.ShouldBe(1, load.Stderr);
        extract.Exit.ShouldBe(1, extract.Stderr);
        foreach (var name in new[] { "missing.txt", "binary.txt", "broken.docx", "graph.json" })
        {
            load.Stderr.ShouldContain(name);
        }

        (load.Stdout + load.Stderr).ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("load")]
    [InlineData("extract")]
    public async Task A_usage_error_exits_2(string verb)
    {
        var (exit, _, stderr) = await CliProcess.RunAsync([verb, "--no-such-option"]);

        exit.ShouldBe(2);
        stderr.ShouldContain("--no-such-option");
    }

    [Fact]
    public async Task Serve_on_a_taken_port_names_the_address_and_the_way_out_without_a_stack_trace()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["serve", "--urls", url]);

        exit.ShouldBe(1);
        stderr.ShouldContain(url);
        stderr.ShouldContain("in use");
        stderr.ShouldContain("--urls");
        (stdout + stderr).ShouldNotContain("Unhandled");
        (stdout + stderr).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Up_on_a_taken_port_says_so_before_starting_anything()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var (exit, stdout, stderr) = await CliProcess.RunAsync(
            ["up", "--urls", url, "--http-port", CliProcess.FreePort().ToString(), "--bolt-port", CliProcess.FreePort().ToString()]);

        exit.ShouldBe(1);
        stderr.ShouldContain(url);
        stderr.ShouldContain("--urls");
        stdout.ShouldNotContain("Neo4j 3.1.1 is running");
        (stdout + stderr).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_bad_api_setting_stops_serve_at_start()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(["serve", "--urls", $"http://127.0.0.1:{CliProcess.FreePort()}"], environment: new Dictionary<string, string> { ["PLANGRAPH_MAX_PAGE_SIZE"] = "lots" });

        exit.ShouldBe(2);
        stderr.ShouldContain("MAX_PAGE_SIZE");
        stderr.ShouldContain("lots");
    }
}
