using PlanGraph.Core;

namespace PlanGraph.Neo4j.Loading;

/// <summary>
/// Documents larger than <see cref="LoadOptions.MaxRowsPerTransaction"/>: Neo4j keeps a transaction's changes
/// in its heap, so one transaction for a 30 MB document exhausts a 512 MB heap. Such a document is written in
/// bounded transactions instead, with a clear rule that makes it resumable: its Document node carries its
/// <c>sha256</c> only once the last transaction committed. Until then the loader sees no hash, so the next
/// load (after a failure, say) withdraws whatever part was written and writes the document again; every write
/// is a MERGE, so nothing is doubled. Meanwhile readers may see the document in part.
/// </summary>
public sealed partial class GraphLoader
{
    private async Task WriteInBoundedTransactionsAsync(
        SourceDocument document, BoundStatement mergeDocument, IReadOnlyList<BoundStatement> batches, LoadOptions options, Action<int, int> written, CancellationToken cancellationToken)
    {
        var totalRows = batches.Sum(RowCount);
        written(0, totalRows);

        // 1. The document without its hash (so it counts as unfinished), its old facts withdrawn.
        var unfinished = LoadStatements.MergeDocument.Bind(mergeDocument.Parameters.ToDictionary(p => p.Key, p => p.Key == "sha256" ? null : p.Value));
        await client.ExecuteWriteAsync(
            async (transaction, ct) =>
            {
                var candidates = await WithdrawAsync(transaction, document.Id, ct);
                await transaction.RunAsync(unfinished, ct);
                await DeleteUnsupportedAsync(transaction, candidates, ct);
                return true;
            },
            cancellationToken);

        // 2. The batches in order (nodes, relationships, evidence), each transaction at most MaxRowsPerTransaction rows.
        var sent = 0;
        var chunk = new List<BoundStatement>();
        var chunkRows = 0;
        foreach (var batch in batches)
        {
            if (chunk.Count > 0 && chunkRows + RowCount(batch) > options.MaxRowsPerTransaction)
            {
                await WriteChunkAsync(chunk);
                sent += chunkRows;
                written(sent, totalRows);
                chunk = [];
                chunkRows = 0;
            }

            chunk.Add(batch);
            chunkRows += RowCount(batch);
        }

        if (chunk.Count > 0)
        {
            await WriteChunkAsync(chunk);
            written(sent + chunkRows, totalRows);
        }

        // 3. The hash last: from here on the document is loaded.
        await client.ExecuteWriteAsync(
            async (transaction, ct) =>
            {
                await transaction.RunAsync(mergeDocument, ct);
                return true;
            },
            cancellationToken);

        Task WriteChunkAsync(List<BoundStatement> statements)
        {
            var copy = statements.ToList();
            return client.ExecuteWriteAsync(
                async (transaction, ct) =>
                {
                    // Requests inside the transaction stay under RowsPerRequest rows, as for small documents.
                    var pending = new List<BoundStatement>();
                    var pendingRows = 0;
                    foreach (var statement in copy)
                    {
                        if (pending.Count > 0 && pendingRows + RowCount(statement) > options.RowsPerRequest)
                        {
                            await transaction.RunAsync(pending, ct);
                            pending = [];
                            pendingRows = 0;
                        }

                        pending.Add(statement);
                        pendingRows += RowCount(statement);
                    }

                    if (pending.Count > 0)
                    {
                        await transaction.RunAsync(pending, ct);
                    }

                    return true;
                },
                cancellationToken);
        }
    }
}
