using PlanGraph.GraphQL.Execution;
using PlanGraph.GraphQL.Types;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Execution;

/// <summary>A schema declared in code equals the same schema written as SDL, and runs the same queries.</summary>
public sealed class ExecutableSchemaBuilderTests
{
    private const string Sdl = """
        "Entry points"
        type Query {
          "A greeting"
          hello(name: String = "world"): String!
          plans(kind: Kind, filter: PlanFilter): [Plan!]!
          node(id: ID!): Node
        }

        interface Node {
          id: ID!
        }

        type Plan implements Node {
          id: ID!
          title: String
        }

        enum Kind {
          FIVE_YEAR
          SECTOR
        }

        input PlanFilter {
          titleContains: String
          year: Int = 2025
        }
        """;

    private static readonly Dictionary<string, object?>[] Plans =
    [
        new() { ["__typename"] = "Plan", ["id"] = "p1", ["title"] = "福田区“十四五”规划纲要" },
        new() { ["__typename"] = "Plan", ["id"] = "p2", ["title"] = "科技创新规划" },
    ];

    private static ResolverMap Resolvers(ResolverMap map) => map
        .Field("Query", "hello", info => "Hello, " + info.Argument<string>("name"))
        .Field("Query", "plans", info => Plans.Where(p => info.Argument<IReadOnlyDictionary<string, object?>>("filter") is not { } f
            || f.GetValueOrDefault("titleContains") is not string text || ((string)p["title"]!).Contains(text, StringComparison.Ordinal)).ToList())
        .Field("Query", "node", info => Plans.FirstOrDefault(p => Equals(p["id"], info.Argument<string>("id"))));

    private static ExecutableSchema FromCode()
    {
        var builder = new ExecutableSchemaBuilder()
            .Object("Query", fields => fields
                .Field("hello", "String!", info => "Hello, " + info.Argument<string>("name"), "A greeting", ("name", "String", "\"world\""))
                .Field("plans", "[Plan!]!", info => Resolvers(new ResolverMap()).GetField("Query", "plans")!(info), null, ("kind", "Kind", null), ("filter", "PlanFilter", null))
                .Field("node", "Node", info => Plans.FirstOrDefault(p => Equals(p["id"], info.Argument<string>("id"))), null, ("id", "ID!", null)),
                "Entry points")
            .Interface("Node", fields => fields.Field("id", "ID!"))
            .Object("Plan", fields => fields.Field("id", "ID!").Field("title", "String"), null, "Node")
            .Enum("Kind", ["FIVE_YEAR", "SECTOR"])
            .Input("PlanFilter", [("titleContains", "String", null), ("year", "Int", "2025")]);
        return builder.Build();
    }

    [Fact]
    public async Task Code_and_sdl_give_the_same_schema_and_the_same_answers()
    {
        var code = FromCode();
        var sdl = ExecutableSchema.FromSdl(Sdl, Resolvers(new ResolverMap()));
        SchemaPrinter.Print(code.Schema).ShouldBe(SchemaPrinter.Print(sdl.Schema));

        const string query = """
            { hello other: hello(name: "福田") plans(filter: {titleContains: "规划"}) { id title }
              node(id: "p2") { id ... on Plan { title } __typename }
              __type(name: "Query") { description fields { name description } } }
            """;
        var fromCode = (await new RequestExecutor(code).ExecuteAsync(new ExecutionRequest(query), TestContext.Current.CancellationToken)).ToJson();
        var fromSdl = (await new RequestExecutor(sdl).ExecuteAsync(new ExecutionRequest(query), TestContext.Current.CancellationToken)).ToJson();
        fromCode.ShouldBe(fromSdl);
        fromCode.ShouldContain("\"other\":\"Hello, 福田\"".Replace("福田", "\\u798F\\u7530", StringComparison.Ordinal));
        fromCode.ShouldContain("\"description\":\"A greeting\"");
    }

    [Fact]
    public void Bad_names_and_type_references_are_refused_where_they_are_declared()
    {
        Should.Throw<ArgumentException>(() => new ExecutableSchemaBuilder().Object("Bad Name", _ => { }))
            .Message.ShouldContain("\"Bad Name\" is not a GraphQL name");
        Should.Throw<ArgumentException>(() => new ExecutableSchemaBuilder().Object("Query", f => f.Field("x", "[String")))
            .Message.ShouldContain("\"[String\" is not a GraphQL type reference");
        Should.Throw<GraphQLError>(() => new ExecutableSchemaBuilder().Object("Query", f => f.Field("x", "Missing")).Build())
            .Message.ShouldBe("Unknown type \"Missing\".");
    }
}
