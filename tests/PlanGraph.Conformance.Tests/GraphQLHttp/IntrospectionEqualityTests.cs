using System.Diagnostics;
using System.Text.Json;
using PlanGraph.GraphQL.Execution;
using PlanGraph.GraphQL.Types;
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

    // Descriptions everywhere, deprecation of fields, arguments, input fields and enum values, @specifiedBy.
    private const string DescribedSdl = """"
        "The plan graph, described"
        schema {
          query: Query
        }

        """
        A tag on a field.
        Second line.
        """
        directive @tag("The tag's name" name: String!) on FIELD_DEFINITION

        "A calendar date"
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        "Entry points"
        type Query {
          "One plan by id"
          plan("The id" id: ID!, legacyId: Int @deprecated(reason: "Use id")): Plan
          oldPlans: [Plan!] @deprecated
          filtered(filter: Filter): [Plan!]
        }

        "A plan"
        type Plan {
          id: ID!
          "When it was issued"
          issued: Date
          kind: Kind
        }

        "Kinds"
        enum Kind {
          "Five-year plan"
          FIVE_YEAR
          SECTOR @deprecated(reason: "Merged into FIVE_YEAR")
        }

        "A filter"
        input Filter {
          "Name contains"
          name: String
          year: Int @deprecated(reason: "Use period")
          period: String
        }
        """";

    [Fact]
    public async Task Introspection_round_trips_through_graphql_js()
    {
        await RoundTrip(Sdl);
    }

    [Fact]
    public async Task Descriptions_deprecations_and_specified_by_round_trip_through_graphql_js()
    {
        var printed = await RoundTrip(DescribedSdl);
        printed.ShouldContain("\"One plan by id\"");
        printed.ShouldContain("@deprecated(reason: \"Use id\")");
        printed.ShouldContain("@specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\")");
        printed.ShouldContain("year: Int @deprecated(reason: \"Use period\")");
    }

    private static async Task<string> RoundTrip(string sdl)
    {
        var query = await Node("query", null);
        var executor = new RequestExecutor(ExecutableSchema.FromSdl(sdl, new ResolverMap()));
        var result = await executor.ExecuteAsync(new ExecutionRequest(query), TestContext.Current.CancellationToken);
        result.Errors.ShouldBeEmpty();

        var input = "{\"sdl\":" + JsonSerializer.Serialize(sdl) + ",\"result\":" + result.ToJson() + "}";
        using var comparison = JsonDocument.Parse(await Node("compare", input));
        var expected = comparison.RootElement.GetProperty("expected").GetString()!;
        var actual = comparison.RootElement.GetProperty("actual").GetString();
        TestContext.Current.TestOutputHelper?.WriteLine(actual ?? "(null)");
        actual.ShouldBe(expected);
        if (sdl == Sdl)
        {
            expected.ShouldContain("union SearchResult = Plan | Goal");
        }

        // Our own SDL printer agrees with graphql-js's printSchema on the same schema.
        SchemaPrinter.Print(executor.Schema.Schema).ShouldBe(expected);
        return expected;
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
