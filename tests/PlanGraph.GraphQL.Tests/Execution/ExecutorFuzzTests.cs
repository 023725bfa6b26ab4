using PlanGraph.GraphQL.Execution;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Execution;

/// <summary>Seeded mutations of real documents through the whole pipeline: always a result or GraphQL errors, never an exception.</summary>
public sealed class ExecutorFuzzTests
{
    private const string Sdl = """
        type Query { plan(id: ID!, first: Int = 2): Plan plans(first: Int): [Plan!]! }
        type Plan { id: ID! name: String goals(first: Int): [Goal] }
        type Goal { text: String! plan: Plan }
        """;

    private static readonly string[] Seeds =
    [
        "query Q($id: ID!, $n: Int = 3) { plan(id: $id) { id name goals(first: $n) { text plan { id } } } }",
        "{ plans(first: 2) { ...P goals { ... on Goal { text @include(if: true) } } } } fragment P on Plan { id name }",
        "query { __schema { types { name fields(includeDeprecated: true) { name args { defaultValue } } } } }",
        "mutation M { plan(id: \"x\") { id } } subscription S { plans { id } }",
    ];

    private const string Alphabet = "{}()[]:$@!.=,\"\\ \n#abcxyzQ0123456789_-…规划\u0000\uD800";

    [Fact]
    public async Task Mutated_documents_never_throw()
    {
        var resolvers = new ResolverMap()
            .Field("Query", "plan", info => new Dictionary<string, object?> { ["id"] = info.Argument<string>("id"), ["name"] = null, ["goals"] = new List<object?> { null, new Dictionary<string, object?> { ["text"] = null } } })
            .Field("Query", "plans", info => Enumerable.Range(0, info.Argument<int?>("first") ?? 1).Select(i => new Dictionary<string, object?> { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList());
        var engine = new RequestExecutor(ExecutableSchema.FromSdl(Sdl, resolvers));
        var random = new Random(20211026);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 3000; i++)
        {
            var document = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var variables = new Dictionary<string, object?> { ["id"] = random.Next(3) switch { 0 => "p1", 1 => 7, _ => null }, ["n"] = random.Next(2) == 0 ? 2 : "x" };
            var result = await engine.ExecuteAsync(new ExecutionRequest(document) { Variables = variables }, TestContext.Current.CancellationToken);
            var json = result.ToJson();
            json.ShouldStartWith("{");
            var kind = result.IsRequestError ? "request error" : result.Errors.Count > 0 ? "partial" : "data";
            outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
        }

        // The mutations must reach every outcome, or the test proves little.
        outcomes.Keys.ShouldBe(["data", "partial", "request error"], ignoreOrder: true);
    }

    private static string Mutate(string seed, Random random)
    {
        var chars = seed.ToList();
        var edits = random.Next(0, 4);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }

        return new string([.. chars]);
    }
}
