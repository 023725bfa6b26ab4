using System.Diagnostics;
using System.Globalization;
using PlanGraph.Core;
using PlanGraph.Neo4j.Schema;

namespace PlanGraph.Neo4j.Loading;

/// <summary>
/// Writes a <see cref="GraphDocument"/> into Neo4j: schema first, then one transaction per source
/// document, so a failure never leaves half a document. Each document's facts are tracked by the
/// <c>sources</c> list on every node and relationship and by its <c>:Evidence</c> nodes; reloading a
/// document first withdraws everything it supported, then writes what it supports now, then deletes
/// what no document supports any more. Loading the same input twice leaves the same database.
/// </summary>
public sealed partial class GraphLoader
{
    private readonly Neo4jHttpClient client;

    public GraphLoader(Neo4jHttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
    }

    /// <summary>Creates the constraints and indexes the loader and the queries rely on; idempotent.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var dialect = Neo4jDialect.For(await client.DiscoverAsync(cancellationToken));
        // DDL runs statement by statement: Neo4j refuses schema and data changes in one transaction.
        foreach (var statement in LoaderSchema.Statements(dialect))
        {
            await client.RunAsync(statement, null, cancellationToken);
        }

        // After the DDL (its own transaction): data written by an older loader gets its search text.
        await client.RunAsync(LoadStatements.BackfillSearchText, null, cancellationToken);

        // And its evidence gets its order key, batch by batch.
        long keyed;
        do
        {
            keyed = (await client.RunAsync(LoadStatements.BackfillEvidenceOrder, null, cancellationToken)).Single<long>("evidence");
        }
        while (keyed > 0);
    }

    /// <summary>Loads every document of the graph whose content or rules changed since it was last loaded.</summary>
    public async Task<LoadReport> LoadAsync(GraphDocument graph, LoadOptions options, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var slices = DocumentSlice.Split(graph);
        await EnsureSchemaAsync(cancellationToken);

        var loaded = await LoadedStateAsync([.. graph.Documents.Select(d => d.Id)], cancellationToken);
        var warnings = await CopiesAsync(graph, cancellationToken);
        List<string> done = [], skipped = [];
        List<DocumentLoadFailure> failed = [];
        int nodes = 0, relationships = 0, evidence = 0;
        foreach (var slice in slices)
        {
            var document = slice.Document;
            if (!options.Force && loaded.TryGetValue(document.Id, out var state)
                && state.Sha256 == document.Sha256 && state.RulesVersion == options.RulesVersion
                && (document.Text is null || state.HasText))
            {
                skipped.Add(document.Id);
                progress?.Report(new LoadProgress(done.Count + skipped.Count, slices.Count, document.Id, "unchanged", 0, 0) { FileName = document.FileName });
                continue;
            }

            var finished = done.Count + skipped.Count;
            (int Rows, int Total) sent = (0, 0);
            (int Nodes, int Relationships, int Evidence) written;
            try
            {
                written = await LoadDocumentAsync(
                    slice,
                    options,
                    (rows, total) =>
                    {
                        sent = (rows, total);
                        progress?.Report(new LoadProgress(finished, slices.Count, document.Id, "writing", 0, 0) { FileName = document.FileName, RowsWritten = rows, RowsTotal = total });
                    },
                    cancellationToken);
            }
            catch (Neo4jException e) when (options.ContinueAfterFailedDocument)
            {
                failed.Add(new DocumentLoadFailure(document.Id, document.FileName, e, sent.Rows, sent.Total));
                progress?.Report(new LoadProgress(finished, slices.Count, document.Id, "failed", 0, 0) { FileName = document.FileName, RowsWritten = sent.Rows, RowsTotal = sent.Total });
                continue;
            }

            nodes += written.Nodes;
            relationships += written.Relationships;
            evidence += written.Evidence;
            done.Add(document.Id);
            progress?.Report(new LoadProgress(done.Count + skipped.Count, slices.Count, document.Id, "loaded", written.Nodes, written.Relationships) { FileName = document.FileName });
        }

        var report = new LoadReport(NewRunId(started), done, skipped, [], nodes, relationships, evidence, clock.Elapsed) { Failed = failed, Warnings = warnings };
        await RecordAsync(report, started, options, graph, cancellationToken);
        return report;
    }

    /// <summary>Removes a document and every fact only it supported; facts other documents support stay.</summary>
    public async Task<LoadReport> UnloadAsync(string documentId, LoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var known = await LoadedStateAsync([documentId], cancellationToken);
        if (!known.ContainsKey(documentId))
        {
            throw new GraphLoadException($"document '{documentId}' is not loaded; nothing was changed.");
        }

        await client.ExecuteWriteAsync(
            async (transaction, ct) =>
            {
                var candidates = await WithdrawAsync(transaction, documentId, ct);
                await DeleteUnsupportedAsync(transaction, candidates, ct);
                return true;
            },
            cancellationToken);

        var report = new LoadReport(NewRunId(started), [], [], [documentId], 0, 0, 0, clock.Elapsed);
        await RecordAsync(report, started, options, GraphDocument.Empty, cancellationToken);
        return report;
    }

    private async Task<(int Nodes, int Relationships, int Evidence)> LoadDocumentAsync(DocumentSlice slice, LoadOptions options, Action<int, int> written, CancellationToken cancellationToken)
    {
        var document = slice.Document;
        var evidenceRows = slice.Nodes.Sum(n => n.Evidence.Count) + slice.Relationships.Sum(r => r.Evidence.Count);
        // Too large for one transaction in the server's heap: bounded transactions, resumable (GraphLoader.LargeDocuments.cs),
        // whose parts merge their evidence since a part may run again after a commit whose answer was lost.
        var bounded = slice.Nodes.Count + slice.Relationships.Count + evidenceRows > options.MaxRowsPerTransaction;
        var evidence = options.SeparateEvidenceStatements ? EvidenceWrite.Separate : bounded ? EvidenceWrite.Merge : EvidenceWrite.Create;
        var batches = Batches(slice, options, evidence);
        var mergeDocument = LoadStatements.MergeDocument.Bind(
            ("id", document.Id), ("title", document.Title), ("fileName", document.FileName), ("sha256", document.Sha256), ("textSha256", document.TextSha256),
            ("kind", document.Kind), ("issuer", document.Issuer), ("date", document.Date), ("docNumber", document.DocNumber), ("rulesVersion", options.RulesVersion), ("text", document.Text));

        if (bounded)
        {
            await WriteInBoundedTransactionsAsync(document, mergeDocument, batches, options, written, cancellationToken);
            return (slice.Nodes.Count, slice.Relationships.Count, evidenceRows);
        }

        // One unit of work, run again whole if Neo4j rolls it back (e.g. another client changed the schema).
        // It withdraws the document first, so the document's evidence is created, not merged.
        await client.ExecuteWriteAsync((transaction, ct) => WriteDocumentAsync(transaction, document.Id, mergeDocument, batches, options, written, ct), cancellationToken);
        return (slice.Nodes.Count, slice.Relationships.Count, evidenceRows);
    }

    /// <summary>
    /// The UNWIND statements of one document: nodes per label, then relationships per type (their ends exist by
    /// then), each statement at most <see cref="LoadOptions.BatchSize"/> writes (a row and the evidence it carries).
    /// </summary>
    private static List<BoundStatement> Batches(DocumentSlice slice, LoadOptions options, EvidenceWrite evidence)
    {
        var document = slice.Document.Id;
        var inline = evidence != EvidenceWrite.Separate;
        var batches = new List<BoundStatement>();
        var nodeStatements = LoadStatements.MergeNodesWriting(evidence);
        var relationshipStatements = LoadStatements.MergeRelationshipsWriting(evidence);
        foreach (var group in slice.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            AddBatches(nodeStatements[group.Key], [.. group.Select(n => LoadRows.Node(n, inline))]);
        }

        foreach (var group in slice.Relationships.GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            AddBatches(relationshipStatements[group.Key], [.. group.Select(r => LoadRows.Relationship(r, inline))]);
        }

        if (!inline)
        {
            AddBatches(LoadStatements.MergeNodeEvidence, [.. slice.Nodes.SelectMany(n => n.Evidence.Select(e => LoadRows.Evidence(e, n.Id, null)))]);
            AddBatches(LoadStatements.MergeRelationshipEvidence, [.. slice.Relationships.SelectMany(r => r.Evidence.Select(e => LoadRows.Evidence(e, r.Id, r)))]);
        }

        return batches;

        void AddBatches(CypherStatement statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
        {
            var chunk = new List<object?>();
            var weight = 0;
            foreach (var row in rows)
            {
                if (chunk.Count > 0 && weight + LoadRows.Weight(row) > options.BatchSize)
                {
                    batches.Add(statement.Bind(("rows", chunk), ("document", document)));
                    chunk = [];
                    weight = 0;
                }

                chunk.Add(row);
                weight += LoadRows.Weight(row);
            }

            if (chunk.Count > 0)
            {
                batches.Add(statement.Bind(("rows", chunk), ("document", document)));
            }
        }
    }

    // Writes a statement stands for: its rows and the evidence they carry.
    private static int RowCount(BoundStatement batch) => ((IReadOnlyList<object?>)batch.Parameters["rows"]!).Sum(LoadRows.Weight);

    private static async Task<bool> WriteDocumentAsync(Neo4jTransaction transaction, string documentId, BoundStatement mergeDocument, IReadOnlyList<BoundStatement> batches, LoadOptions options, Action<int, int> written, CancellationToken cancellationToken)
    {
        var candidates = await WithdrawAsync(transaction, documentId, cancellationToken);

        // First so that MENTIONED_IN relationships find their document node.
        await transaction.RunAsync(mergeDocument, cancellationToken);

        // Several UNWIND statements travel in one request; requests stay under RowsPerRequest rows.
        // Progress inside the document (rows sent / rows in all) lets a large document show it is moving.
        var pending = new List<BoundStatement>();
        var pendingRows = 0;
        var totalRows = batches.Sum(RowCount);
        var sentRows = 0;
        written(0, totalRows);
        foreach (var batch in batches)
        {
            var rows = RowCount(batch);
            if (pending.Count > 0 && pendingRows + rows > options.RowsPerRequest)
            {
                await transaction.RunAsync(pending, cancellationToken);
                sentRows += pendingRows;
                written(sentRows, totalRows);
                pending = [];
                pendingRows = 0;
            }

            pending.Add(batch);
            pendingRows += rows;
        }

        if (pending.Count > 0)
        {
            await transaction.RunAsync(pending, cancellationToken);
            written(sentRows + pendingRows, totalRows);
        }

        // Again after the node batches: a Document node the extraction emitted replaces properties, and
        // the facts that decide whether a reload can be skipped must survive it.
        await transaction.RunAsync(mergeDocument, cancellationToken);
        await DeleteUnsupportedAsync(transaction, candidates, cancellationToken);
        return true;
    }

    /// <summary>
    /// Withdraws a document: out of every support list, its evidence deleted. Only what it supported is
    /// touched (found through its indexed evidence), so the cost follows the document, not the graph.
    /// </summary>
    private static async Task<(List<object?> Ids, List<object?> Relationships)> WithdrawAsync(Neo4jTransaction transaction, string documentId, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["document"] = documentId };
        var results = await transaction.RunAsync(
            [
                LoadStatements.DetachDocumentFromNodes.Bind(parameters),
                LoadStatements.DetachDocumentNode.Bind(parameters),
                LoadStatements.DetachDocumentFromRelationships.Bind(parameters),
                LoadStatements.DeleteDocumentEvidence.Bind(parameters),
            ],
            cancellationToken);
        var ids = results[0].Value(0, "ids").EnumerateArray().Concat(results[1].Value(0, "ids").EnumerateArray())
            .Select(e => (object?)e.GetString()).ToList();
        var relationships = results[2].Value(0, "relationships").EnumerateArray()
            .Select(e => (object?)new Dictionary<string, object?> { ["id"] = e.GetProperty("id").GetString(), ["from"] = e.GetProperty("from").GetString(), ["to"] = e.GetProperty("to").GetString() })
            .ToList();
        return (ids, relationships);
    }

    private static Task DeleteUnsupportedAsync(Neo4jTransaction transaction, (List<object?> Ids, List<object?> Relationships) candidates, CancellationToken cancellationToken)
        => transaction.RunAsync(
            [
                LoadStatements.DeleteUnsupportedRelationships.Bind(("relationships", candidates.Relationships)),
                LoadStatements.DeleteUnsupportedNodes.Bind(("ids", candidates.Ids)),
            ],
            cancellationToken);

    // HasText: a document loaded before the loader stored texts is loaded again once to get its text.
    private async Task<Dictionary<string, (string? Sha256, string? RulesVersion, bool HasText)>> LoadedStateAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(LoadStatements.LoadedDocuments, new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList() }, cancellationToken);
        var state = new Dictionary<string, (string?, string?, bool)>(StringComparer.Ordinal);
        for (var row = 0; row < result.Rows.Count; row++)
        {
            state[result.Value(row, "id").GetString()!] = (Text(result, row, "sha256"), Text(result, row, "rulesVersion"), result.Value(row, "hasText").ValueKind == System.Text.Json.JsonValueKind.True);
        }

        return state;

        static string? Text(CypherResult r, int row, string column)
            => r.Value(row, column).ValueKind == System.Text.Json.JsonValueKind.String ? r.Value(row, column).GetString() : null;
    }

    /// <summary>
    /// Documents of the graph whose text is already loaded under another id (the same document saved in another
    /// encoding or under another name): they still load, as their own documents, but the user is told.
    /// </summary>
    private async Task<List<string>> CopiesAsync(GraphDocument graph, CancellationToken cancellationToken)
    {
        var hashes = graph.Documents.Where(d => d.TextSha256 is not null).Select(d => (object?)d.TextSha256).Distinct().ToList();
        if (hashes.Count == 0)
        {
            return [];
        }

        var result = await client.RunAsync(LoadStatements.DocumentsWithText, new Dictionary<string, object?> { ["hashes"] = hashes }, cancellationToken);
        var warnings = new List<string>();
        for (var row = 0; row < result.Rows.Count; row++)
        {
            var id = result.Value(row, "id").GetString();
            var hash = result.Value(row, "textSha256").GetString();
            foreach (var copy in graph.Documents.Where(d => d.TextSha256 == hash && d.Id != id))
            {
                warnings.Add($"{copy.FileName} has the same text as the loaded {result.Value(row, "fileName").GetString()} ({id}); it is loaded as a second document. Unload one of them (--unload) if they are copies.");
            }
        }

        return warnings;
    }

    private async Task RecordAsync(LoadReport report, DateTimeOffset started, LoadOptions options, GraphDocument graph, CancellationToken cancellationToken)
    {
        var hashes = graph.Documents.Where(d => report.Loaded.Contains(d.Id)).Select(d => d.Id + "=" + d.Sha256).ToList();
        await client.RunAsync(LoadStatements.RecordLoadRun.Bind(
            ("id", report.RunId),
            ("startedAt", started.ToString("O", CultureInfo.InvariantCulture)),
            ("finishedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("rulesVersion", options.RulesVersion),
            ("documents", report.Loaded.Cast<object?>().ToList()),
            ("sha256", hashes.Cast<object?>().ToList()),
            ("skipped", report.Skipped.Cast<object?>().ToList()),
            ("unloaded", report.Unloaded.Cast<object?>().ToList()),
            ("nodes", (long)report.Nodes),
            ("relationships", (long)report.Relationships),
            ("evidence", (long)report.Evidence)), cancellationToken);
    }

    private static string NewRunId(DateTimeOffset started)
        => "load:" + started.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
}
