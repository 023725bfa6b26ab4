using PlanGraph.Neo4j.Loading;

namespace PlanGraph.Cli;

/// <summary>
/// Prints load progress as it happens (synchronously, so lines keep their order): one line per document by
/// file name, and for a large document a line per request of its transaction (rows written / rows in all).
/// </summary>
internal sealed class LoadProgressPrinter(TextWriter writer) : IProgress<LoadProgress>
{
    /// <summary>Documents with more rows than this show progress inside the document.</summary>
    private const int LargeDocumentRows = 20_000;

    /// <summary>The file of the document in flight, if any: the one a lost connection interrupted.</summary>
    public string? InFlight { get; private set; }

    public static LoadProgressPrinter To(TextWriter writer) => new(writer);

    public void Report(LoadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.Outcome)
        {
            case "writing":
                InFlight = value.FileName;
                if (value.RowsTotal > LargeDocumentRows && value.RowsWritten > 0)
                {
                    writer.WriteLine($"        {value.FileName}: {value.RowsWritten}/{value.RowsTotal} rows written");
                }

                break;
            case "loaded":
                InFlight = null;
                writer.WriteLine($"  [{value.Done}/{value.Total}] {value.FileName}: loaded ({value.Nodes} nodes, {value.Relationships} relationships)");
                break;
            case "failed":
                InFlight = null;
                writer.WriteLine($"  [{value.Done}/{value.Total}] {value.FileName}: FAILED (rolled back)");
                break;
            default:
                writer.WriteLine($"  [{value.Done}/{value.Total}] {value.FileName}: {value.Outcome}");
                break;
        }
    }

    /// <summary>The message for a document Neo4j refused: the file, how far it got, and what to do about memory.</summary>
    public static string Describe(DocumentLoadFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var message = $"plangraph load: {failure.FileName}: Neo4j refused it after {failure.RowsWritten} of {failure.RowsTotal} rows; it was rolled back, nothing of it was written. Neo4j said: {failure.Error.Message}";
        return LooksLikeMemory(failure.Error.Code + " " + failure.Error.Message)
            ? message + " " + HeapAdvice
            : message;
    }

    /// <summary>What to do when a document does not fit in Neo4j's memory (one transaction per document).</summary>
    public const string HeapAdvice = "A document is written in one transaction, which must fit in Neo4j's heap: start Neo4j with a larger one (`./plangraph neo4j start --heap 2g`, or NEO4J_HEAP; on Neo4j 5 server.memory.heap.max_size).";

    public static bool LooksLikeMemory(string text)
        => text.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || text.Contains("heap", StringComparison.OrdinalIgnoreCase)
            || text.Contains("memory", StringComparison.OrdinalIgnoreCase);
}
