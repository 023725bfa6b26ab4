using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph schema`: creates the constraints and indexes the loader and the API rely on (idempotent).
/// `load` does this too; running it before several clients write at once keeps the schema from changing
/// under their open transactions (Neo4j aborts those with Transaction.ConstraintsChanged).
/// </summary>
internal sealed class SchemaVerb : ICliVerb
{
    public string Name => "schema";

    public string Summary => "schema — create PlanGraph's constraints and indexes in Neo4j (NEO4J_URL); idempotent";

    public string Help => """
          (no options)   Neo4j: NEO4J_URL (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), else the local server on NEO4J_HTTP_PORT

        exit codes: 0 the schema is in place; 1 Neo4j refused or could not be reached; 2 usage error
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await Console.Error.WriteLineAsync($"plangraph schema: unexpected argument '{args[0]}'; the verb takes none.");
            return 2;
        }

        var options = LoadVerb.Connection();
        try
        {
            using var client = new Neo4jHttpClient(options);
            await new GraphLoader(client).EnsureSchemaAsync(cancellationToken);
            Console.WriteLine($"schema: constraints and indexes are in place on {options.Url}");
            return 0;
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException)
        {
            await Console.Error.WriteLineAsync($"plangraph schema: {e.Message}");
            return 1;
        }
    }
}
