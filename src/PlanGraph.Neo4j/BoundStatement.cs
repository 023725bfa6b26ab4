namespace PlanGraph.Neo4j;

/// <summary>A <see cref="CypherStatement"/> with the parameter values to send with it.</summary>
/// <param name="Statement">The statement.</param>
/// <param name="Parameters">
/// Values: null, string, bool, integers (sent as exact JSON integers), floating-point numbers, lists
/// (any IEnumerable), maps (IDictionary / IReadOnlyDictionary with string keys), JsonElement, or any
/// other object, which is serialised by System.Text.Json with camelCase property names.
/// </param>
public sealed record BoundStatement(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters);
