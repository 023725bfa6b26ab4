using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>The graph extracted from the files that could be read, and the errors of those that could not.</summary>
public sealed record ExtractionResult(GraphDocument Graph, IReadOnlyList<DocumentReadException> Failures)
{
    /// <summary>Entity-like text no extracted entity is named (for the data-quality report).</summary>
    public IReadOnlyList<UnresolvedMention> Unresolved { get; init; } = [];

    /// <summary>Files read but left out (a copy of another document in a different encoding), one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
