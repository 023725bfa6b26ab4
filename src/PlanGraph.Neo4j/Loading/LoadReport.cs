namespace PlanGraph.Neo4j.Loading;

/// <summary>What a load did; the same figures are stored on its <c>:LoadRun</c> node.</summary>
public sealed record LoadReport(
    string RunId,
    IReadOnlyList<string> Loaded,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Unloaded,
    int Nodes,
    int Relationships,
    int Evidence,
    TimeSpan Elapsed)
{
    /// <summary>Documents Neo4j refused (only with <see cref="LoadOptions.ContinueAfterFailedDocument"/>); none of them was written.</summary>
    public IReadOnlyList<DocumentLoadFailure> Failed { get; init; } = [];

    /// <summary>Sentences for the user, e.g. a document whose text is already loaded under another name.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
