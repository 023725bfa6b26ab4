using System.Collections.Concurrent;
using System.Text.Json;
using PlanGraph.Api.Compilation;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// Remembers the compiled statement of requests already seen (same document, operation and variables), so a
/// front end repeating a query skips parsing, validation and compilation. Only valid requests are stored;
/// when full, the cache starts over rather than tracking recency.
/// </summary>
public sealed class CompiledQueryCache(int capacity = 1000)
{
    private readonly ConcurrentDictionary<string, CompiledQuery> entries = new(StringComparer.Ordinal);

    /// <summary>The cached compilation of the request, or null.</summary>
    public CompiledQuery? Find(GraphQLRequest request) => entries.TryGetValue(Key(request), out var compiled) ? compiled : null;

    /// <summary>Stores a compilation of a valid request.</summary>
    public void Store(GraphQLRequest request, CompiledQuery compiled)
    {
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        entries[Key(request)] = compiled;
    }

    private static string Key(GraphQLRequest request)
        => string.Concat(request.OperationName, "\u0001", request.Variables is null ? string.Empty : JsonSerializer.Serialize(request.Variables), "\u0001", request.Query);
}
