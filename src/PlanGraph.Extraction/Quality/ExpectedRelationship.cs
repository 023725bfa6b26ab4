namespace PlanGraph.Extraction.Quality;

/// <summary>One hand-checked relationship: type and its two endpoints, each a label and a name.</summary>
/// <param name="Document">Short document key (D0…D4) where the text states it; Target endpoints are matched in it.</param>
/// <param name="Line">The file's own 1-based line of the statement.</param>
public sealed record ExpectedRelationship(
    string Document,
    int Line,
    string Type,
    string FromLabel,
    string FromName,
    string ToLabel,
    string ToName);
