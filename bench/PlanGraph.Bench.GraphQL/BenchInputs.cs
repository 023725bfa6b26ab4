using System.Text;

namespace PlanGraph.Bench.GraphQL;

/// <summary>The schema and the three large documents both engines run.</summary>
internal static class BenchInputs
{
    public const string Sdl = """
        type Query { hello: String node: Node plans(first: Int): [Plan] }
        type Node { id: ID name: String child: Node }
        type Plan { id: ID name: String startYear: Int }
        """;

    public static IReadOnlyList<(string Name, string Query)> Documents(string introspectionQuery) =>
    [
        ("introspection query", introspectionQuery),
        ("10,000 fields", "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"f{i}: hello")) + " }"),
        ("nesting depth 200", Nested(200)),
    ];

    private static string Nested(int depth)
    {
        var builder = new StringBuilder("{ node { id ");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("child { id name ");
        }

        builder.Append('}', depth).Append(" } }");
        return builder.ToString();
    }
}
