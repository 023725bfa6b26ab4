using Microsoft.Extensions.Logging;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Search;

/// <summary>
/// Holds the current <see cref="SearchSnapshot"/>: read from Neo4j on the first search, and read again
/// when a search request's statement reports a graph fingerprint other than the snapshot's (a load or
/// an unload happened). One rebuild at a time; requests that arrive meanwhile wait for it.
/// </summary>
public sealed class SearchIndex(Neo4jHttpClient neo4j, ILogger<SearchIndex> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile SearchSnapshot? current;

    /// <summary>The snapshot, read on first use.</summary>
    public ValueTask<SearchSnapshot> CurrentAsync(CancellationToken cancellationToken)
        => current is { } snapshot ? ValueTask.FromResult(snapshot) : new ValueTask<SearchSnapshot>(RefreshAsync(null, cancellationToken));

    /// <summary>
    /// Reads the graph again unless the snapshot already has <paramref name="seenFingerprint"/> (another
    /// request rebuilt it meanwhile); with null, reads it only when there is none yet.
    /// </summary>
    public async Task<SearchSnapshot> RefreshAsync(string? seenFingerprint, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } snapshot && (seenFingerprint is null || snapshot.Fingerprint == seenFingerprint))
            {
                return snapshot;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var results = await neo4j.RunAsync([SearchStatements.Fingerprint.Bind(), SearchStatements.Entities.Bind(), SearchStatements.Sentences.Bind()], cancellationToken).ConfigureAwait(false);
            var built = SearchSnapshot.Build(results[0], results[1], results[2]);
            current = built;
            logger.LogInformation("Search index read: {Nodes} nodes, {Texts} names, aliases and sentences in {ElapsedMs} ms", built.Size.Nodes, built.Size.Texts, clock.ElapsedMilliseconds);
            return built;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => gate.Dispose();
}
