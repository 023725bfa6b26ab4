using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace PlanGraph.Conformance.Tests.GraphQLHttp;

/// <summary>The graphql-http server audits (npm graphql-http, serverAudits) against a live MapGraphQL endpoint.</summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        await using var server = await AuditServer.StartAsync();
        var results = await RunAudit(server.Url);

        var required = results.Where(r => r.Name.StartsWith("MUST", StringComparison.Ordinal) || r.Name.StartsWith("SHOULD", StringComparison.Ordinal)).ToList();
        var passed = results.Count(r => r.Status == "ok");
        TestContext.Current.TestOutputHelper?.WriteLine($"graphql-http audit: {passed} of {results.Count} passed ({required.Count} MUST/SHOULD)");
        required.Count.ShouldBeGreaterThan(20);
        required.Where(r => r.Status != "ok").Select(r => $"{r.Id} {r.Name}: {r.Reason}").ShouldBeEmpty();
    }

    /// <summary>The PlanGraph API itself, as `./plangraph serve` runs it: the audit's requests need no data, so no Neo4j is involved.</summary>
    [Fact]
    public async Task The_plan_graph_api_passes_every_MUST_and_SHOULD_audit()
    {
        var app = PlanGraph.Api.Hosting.PlanGraphApi.Build(PlanGraph.Api.Hosting.PlanGraphApi.CreateBuilder(["--urls", "http://127.0.0.1:0", "--LOG_FORMAT", "none"]));
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.GetRequiredFeature<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>().Addresses.Single();
            var results = await RunAudit(address + "/graphql");
            var required = results.Where(r => r.Name.StartsWith("MUST", StringComparison.Ordinal) || r.Name.StartsWith("SHOULD", StringComparison.Ordinal)).ToList();
            TestContext.Current.TestOutputHelper?.WriteLine($"graphql-http audit of the API: {results.Count(r => r.Status == "ok")} of {results.Count} passed");
            required.Count.ShouldBeGreaterThan(20);
            required.Where(r => r.Status != "ok").Select(r => $"{r.Id} {r.Name}: {r.Reason}").ShouldBeEmpty();
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
            await app.DisposeAsync();
        }
    }

    private static async Task<List<AuditResult>> RunAudit(string url)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", "conformance", "graphql-http");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql-http")))
        {
            throw new InvalidOperationException($"Run `npm ci` in {directory} (scripts/install-test-tools.sh does).");
        }

        var start = new ProcessStartInfo("node", ["audit.mjs", url])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"audit.mjs exited with {node.ExitCode}: {await stderr}");
        }

        using var json = JsonDocument.Parse(await stdout);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => new AuditResult(
            r.GetProperty("id").GetString()!,
            r.GetProperty("name").GetString()!,
            r.GetProperty("status").GetString()!,
            r.GetProperty("reason").GetString()))];
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"PlanGraph.sln not found above {AppContext.BaseDirectory}");
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
