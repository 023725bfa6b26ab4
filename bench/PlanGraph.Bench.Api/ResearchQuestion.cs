using PlanGraph.Neo4j;

namespace PlanGraph.Bench.Api;

/// <summary>One research question asked two ways: through the API (GraphQL) and as hand-written Cypher straight to Neo4j.</summary>
internal sealed record ResearchQuestion(string Name, string GraphQL, CypherStatement Cypher, IReadOnlyDictionary<string, object?> Parameters);
