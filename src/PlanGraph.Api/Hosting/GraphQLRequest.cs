using System.Text.Json;

namespace PlanGraph.Api.Hosting;

/// <summary>A GraphQL-over-HTTP request: the document, the operation to run and the variables.</summary>
public sealed record GraphQLRequest(string? Query, string? OperationName, IReadOnlyDictionary<string, JsonElement>? Variables);
