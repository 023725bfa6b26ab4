using System.Diagnostics;
using System.Text.Json;
using PlanGraph.GraphQL.Execution;
using Shouldly;
using Xunit;

namespace PlanGraph.Conformance.Tests.GraphQLHttp;

/// <summary>Our introspection of an SDL schema, rebuilt by graphql-js buildClientSchema, prints as graphql-js prints the SDL itself.</summary>
public sealed class IntrospectionEqualityTests
{
    private const string Sdl = """
        directive @tag(name: String!, weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT

        type Query {
          plan(id: ID!): Plan
          search(text: String = "规划", kinds: [Kind!] = [PLAN], filter: PlanFilter): [SearchResult!]!
          node(id: ID!): Node
        }

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String!
        }

        type Plan implements Named & Node {
          id: ID!
          name: String!
          startYear: Int
          budget: Float
          approved: Boolean
          issued: Date
        }

        type Goal implements Node {
          id: ID!
          text: String
        }

        union SearchResult = Plan | Goal

        enum Kind {
          PLAN
          GOAL
          OLD @deprecated(reason: "Use GOAL")
        }

        input PlanFilter {
          nameContains: String
          years: [Int!] = [2021, 2025]
          nested: PlanFilter
        }

        scalar Date

        type Mutation {
          rename(id: ID!, name: String!): Plan
        }
        """;

    [Fact]
    public async Task Introspection_round_trips_through_graphql_js()
    {
        var query = await Node("query", null);
        var executor = new RequestExecutor(ExecutableSchema.FromSdl(Sdl, new ResolverMap()));
        var result = await executor.ExecuteAsync(new ExecutionRequest(query), TestContext.Current.CancellationToken);
        result.Errors.ShouldBeEmpty();

        var input = "{\"sdl\":" + JsonSerializer.Serialize(Sdl) + ",\"result\":" + result.ToJson() + "}";
        using var comparison = JsonDocument.Parse(await Node("compare", input));
        var expected = comparison.RootElement.GetProperty("expected").GetString()!;
        var actual = comparison.RootElement.GetProperty("actual").GetString();
        TestContext.Current.TestOutputHelper?.WriteLine(actual ?? "(null)");
        actual.ShouldBe(expected);
        expected.ShouldContain("union SearchResult = Plan | Goal");
    }

    private static async Task<string> Node(string mode, string? stdin)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", "conformance", "graphql-http");
        var start = new ProcessStartInfo("node", ["introspection.mjs", mode])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (stdin is not null)
        {
            await node.StandardInput.WriteAsync(stdin);
        }

        node.StandardInput.Close();
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        return node.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"introspection.mjs {mode} exited with {node.ExitCode}: {await stderr}");
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
}
