namespace PlanGraph.Ingestion;

/// <summary>The documents of a batch that could be read, and the errors of those that could not.</summary>
public sealed record IngestionBatch(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<DocumentReadException> Failures)
{
    /// <summary>Files read but left out, e.g. a copy of another document in a different encoding.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
