namespace PlanGraph.Neo4j;

/// <summary>
/// A named Cypher statement. Declare them as <c>public static readonly CypherStatement X = new("area.what", "…")</c>
/// in static classes: the Cypher 5 lint test gathers every such field by reflection, so every statement the
/// project can send is proven to parse as Cypher 5 (DESIGN.md §1, compatibility rule 3).
/// </summary>
/// <param name="Name">A stable dotted name, e.g. "loader.merge-nodes"; errors and the lint report name it.</param>
/// <param name="Text">The Cypher text: <c>$param</c> parameters only, the common subset of Neo4j 3.1 and 5.</param>
public sealed record CypherStatement(string Name, string Text)
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    /// <summary>This statement with parameter values, ready to send.</summary>
    public BoundStatement Bind(IReadOnlyDictionary<string, object?>? parameters = null) => new(this, parameters ?? NoParameters);

    /// <summary>This statement with parameter values given as (name, value) pairs.</summary>
    public BoundStatement Bind(params (string Name, object? Value)[] parameters)
    {
        var map = new Dictionary<string, object?>(parameters.Length, StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map[name] = value;
        }

        return new(this, map);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
