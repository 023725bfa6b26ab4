using System.Collections.Concurrent;
using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Documents that already parsed and validated, by their text: a server answering the same queries again
/// (front ends do) skips both steps. ASTs are immutable, so one document serves concurrent requests.
/// When full it starts over rather than tracking recency, which keeps lookups lock-free.
/// </summary>
public sealed class DocumentCache(int capacity = 1000)
{
    private readonly ConcurrentDictionary<string, DocumentNode> documents = new(StringComparer.Ordinal);

    public int Count => documents.Count;

    public bool TryGet(string query, out DocumentNode document) => documents.TryGetValue(query, out document!);

    /// <summary>Remembers a document that passed parsing and validation.</summary>
    public void Store(string query, DocumentNode document)
    {
        if (documents.Count >= capacity)
        {
            documents.Clear();
        }

        documents[query] = document;
    }
}
