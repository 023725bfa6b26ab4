using PlanGraph.GraphQL.Execution;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          numbers(first: Int): [Int]
          strictNumbers: [Int!]
          broken: String
          brokenStrict: String!
          child: Child
          slow(ms: Int!): Int
          node(id: ID!): Node
          color: Color
        }
        type Mutation { append(value: String!): [String!]! }
        type Child { name: String strict: String! }
        interface Node { id: ID! }
        type Plan implements Node { id: ID! title: String }
        type Goal implements Node { id: ID! text: String }
        enum Color { RED GREEN }
        """;

    private static readonly List<string> Log = [];

    private static RequestExecutor Engine(GraphQLLimits? limits = null)
    {
        var resolvers = new ResolverMap()
            .Field("Query", "hello", info => $"Hello, {info.Argument<string>("name")}")
            .Field("Query", "numbers", info => Enumerable.Range(1, info.Argument<int?>("first") ?? 3).Select(i => (object?)(i == 2 ? null : i)).ToList())
            .Field("Query", "strictNumbers", _ => new List<object?> { 1, null, 3 })
            .Field("Query", "broken", _ => throw new InvalidOperationException("the database is down"))
            .Field("Query", "brokenStrict", _ => null)
            .Field("Query", "child", _ => new Dictionary<string, object?> { ["name"] = "c", ["strict"] = null })
            .Field("Query", "slow", async info =>
            {
                await Task.Delay(info.Argument<int>("ms"), info.CancellationToken);
                return (object?)info.Argument<int>("ms");
            })
            .Field("Query", "node", info => info.Argument<string>("id") == "p1"
                ? new Dictionary<string, object?> { ["__typename"] = "Plan", ["id"] = "p1", ["title"] = "十四五规划" }
                : new Dictionary<string, object?> { ["__typename"] = "Goal", ["id"] = "g1", ["text"] = "目标" })
            .Field("Query", "color", _ => "GREEN")
            .Field("Mutation", "append", async info =>
            {
                await Task.Yield();
                lock (Log)
                {
                    Log.Add(info.Argument<string>("value")!);
                    return (object?)Log.ToList();
                }
            });
        return new RequestExecutor(ExecutableSchema.FromSdl(Sdl, resolvers), limits);
    }

    private static async Task<string> Run(string query, IReadOnlyDictionary<string, object?>? variables = null, GraphQLLimits? limits = null) =>
        (await Engine(limits).ExecuteAsync(new ExecutionRequest(query) { Variables = variables }, TestContext.Current.CancellationToken)).ToJson();

    [Fact]
    public async Task Resolves_arguments_defaults_aliases_and_typename()
    {
        (await Run("{ a: hello(name: \"Ann\") hello __typename color }"))
            .ShouldBe("""{"data":{"a":"Hello, Ann","hello":"Hello, world","__typename":"Query","color":"GREEN"}}""");
    }

    [Fact]
    public async Task Coerces_variables_and_reports_bad_ones_with_graphql_js_wording()
    {
        (await Run("query($n: Int) { numbers(first: $n) }", new Dictionary<string, object?> { ["n"] = 4 }))
            .ShouldBe("""{"data":{"numbers":[1,null,3,4]}}""");
        (await Run("query($n: Int) { numbers(first: $n) }", new Dictionary<string, object?> { ["n"] = "four" }))
            .ShouldBe("""{"errors":[{"message":"Variable \u0022$n\u0022 got invalid value \u0022four\u0022; Int cannot represent non-integer value: \u0022four\u0022","locations":[{"line":1,"column":7}]}]}""");
        (await Run("query($id: ID!) { node(id: $id) { id } }"))
            .ShouldContain("Variable \\u0022$id\\u0022 of required type \\u0022ID!\\u0022 was not provided.");
    }

    [Fact]
    public async Task A_field_error_becomes_null_with_path_and_location()
    {
        (await Run("{ hello broken }"))
            .ShouldBe("""{"errors":[{"message":"the database is down","locations":[{"line":1,"column":9}],"path":["broken"]}],"data":{"hello":"Hello, world","broken":null}}""");
    }

    [Fact]
    public async Task Null_propagates_to_the_nearest_nullable_parent()
    {
        (await Run("{ child { name strict } }"))
            .ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Child.strict.","locations":[{"line":1,"column":16}],"path":["child","strict"]}],"data":{"child":null}}""");
        (await Run("{ hello brokenStrict }"))
            .ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Query.brokenStrict.","locations":[{"line":1,"column":9}],"path":["brokenStrict"]}],"data":null}""");
        (await Run("{ strictNumbers }"))
            .ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Query.strictNumbers.","locations":[{"line":1,"column":3}],"path":["strictNumbers",1]}],"data":{"strictNumbers":null}}""");
    }

    [Fact]
    public async Task Fragments_skip_include_and_abstract_types()
    {
        const string query = """
            query($skip: Boolean!) {
              plan: node(id: "p1") { ...N ... on Plan { title } }
              goal: node(id: "g1") { __typename ... on Goal { text @skip(if: $skip) } }
            }
            fragment N on Node { id }
            """;
        (await Run(query, new Dictionary<string, object?> { ["skip"] = true }))
            .ShouldBe("""{"data":{"plan":{"id":"p1","title":"十四五规划"},"goal":{"__typename":"Goal"}}}""".Replace("十四五规划", "\\u5341\\u56DB\\u4E94\\u89C4\\u5212", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mutation_root_fields_run_in_order()
    {
        lock (Log)
        {
            Log.Clear();
        }

        (await Run("mutation { a: append(value: \"1\") b: append(value: \"2\") c: append(value: \"3\") }"))
            .ShouldBe("""{"data":{"a":["1"],"b":["1","2"],"c":["1","2","3"]}}""");
    }

    [Fact]
    public async Task Query_siblings_run_concurrently_and_the_timeout_stops_execution()
    {
        // Two 300 ms resolvers finish within a 450 ms budget only when they overlap.
        var limits = GraphQLLimits.Default with { Timeout = TimeSpan.FromMilliseconds(450) };
        (await Run("{ a: slow(ms: 300) b: slow(ms: 300) }", limits: limits)).ShouldBe("""{"data":{"a":300,"b":300}}""");
        (await Run("{ a: slow(ms: 5000) }", limits: limits)).ShouldBe("""{"errors":[{"message":"Execution timed out after 450 ms."}],"data":null}""");
    }

    [Fact]
    public async Task Limits_reject_with_a_clear_error()
    {
        (await Run("{ hello }", limits: GraphQLLimits.Default with { MaxDocumentLength = 5 }))
            .ShouldContain("Document of 9 characters exceeds the maximum length of 5 characters.");
        (await Run("{ hello hello hello }", limits: GraphQLLimits.Default with { MaxTokens = 3 }))
            .ShouldContain("Syntax Error: Document contains more that 3 tokens. Parsing aborted.");
        (await Run("{ child { name } }", limits: GraphQLLimits.Default with { MaxDepth = 1 }))
            .ShouldBe("""{"errors":[{"message":"Query depth 2 exceeds the maximum depth of 1.","locations":[{"line":1,"column":11}]}]}""");
        (await Run("{ numbers(first: 50) }", limits: GraphQLLimits.Default with { MaxCost = 49 }))
            .ShouldContain("Query cost 50 exceeds the maximum cost of 49.");
        (await Run("{ __schema { queryType { name } } }", limits: GraphQLLimits.Default with { AllowIntrospection = false }))
            .ShouldContain("GraphQL introspection has been disabled, but the requested query contained the field \\u0022__schema\\u0022.");
    }

    [Fact]
    public async Task Fragments_count_for_depth_and_cost_as_if_written_inline_wherever_they_are_spread()
    {
        // The complexity analysis works out a fragment once and reuses it at every spread: the figures
        // must equal those of the same query with the fragments written inline.
        const string withFragments = "{ child { ...C } a: child { ...C } numbers(first: 7) } fragment C on Child { name ...D } fragment D on Child { strict }";
        const string inline = "{ child { name strict } a: child { name strict } numbers(first: 7) }";
        foreach (var limits in (GraphQLLimits[])[GraphQLLimits.Default with { MaxDepth = 1 }, GraphQLLimits.Default with { MaxCost = 3 }])
        {
            var fragmentMessage = (await Engine(limits).ExecuteAsync(new ExecutionRequest(withFragments), TestContext.Current.CancellationToken)).Errors.Single().Message;
            var inlineMessage = (await Engine(limits).ExecuteAsync(new ExecutionRequest(inline), TestContext.Current.CancellationToken)).Errors.Single().Message;
            fragmentMessage.ShouldBe(inlineMessage);
        }

        (await Engine(GraphQLLimits.Default with { MaxCost = 3 }).ExecuteAsync(new ExecutionRequest(inline), TestContext.Current.CancellationToken))
            .Errors.Single().Message.ShouldBe("Query cost 13 exceeds the maximum cost of 3.");
    }

    [Fact]
    public async Task Parse_and_validation_errors_are_request_errors()
    {
        (await Run("{ hello ")).ShouldBe("""{"errors":[{"message":"Syntax Error: Expected Name, found \u003CEOF\u003E.","locations":[{"line":1,"column":9}]}]}""");
        (await Run("{ nope }")).ShouldContain("Cannot query field \\u0022nope\\u0022 on type \\u0022Query\\u0022.");
    }

    [Fact]
    public async Task Introspection_describes_the_schema()
    {
        var json = await Run("""{ __type(name: "Plan") { kind name interfaces { name } fields { name type { kind ofType { name } } } } }""");
        json.ShouldBe("""{"data":{"__type":{"kind":"OBJECT","name":"Plan","interfaces":[{"name":"Node"}],"fields":[{"name":"id","type":{"kind":"NON_NULL","ofType":{"name":"ID"}}},{"name":"title","type":{"kind":"SCALAR","ofType":null}}]}}}""");
    }

    [Fact]
    public async Task The_planning_hook_sees_the_merged_selection_with_coerced_arguments()
    {
        string? plan = null;
        var resolvers = new ResolverMap().Field("Query", "child", info =>
        {
            plan = string.Join(",", info.SelectedFields().Select(f => f.ToString()));
            return new Dictionary<string, object?> { ["name"] = "n", ["strict"] = "s" };
        });
        var engine = new RequestExecutor(ExecutableSchema.FromSdl(Sdl, resolvers));
        var result = await engine.ExecuteAsync(new ExecutionRequest("{ child { name ...F x: strict @include(if: false) } } fragment F on Child { strict }"), TestContext.Current.CancellationToken);
        result.ToJson().ShouldBe("""{"data":{"child":{"name":"n","strict":"s"}}}""");
        plan.ShouldBe("name,strict");
    }
}
