namespace PlanGraph.Extraction.Quality;

/// <summary>
/// One hand-checked entity of the annotated expectations: the entity as it should be found in one document.
/// </summary>
/// <param name="Document">Short document key of the expectation files (D0…D4).</param>
/// <param name="Line">The file's own 1-based line where the annotator found it.</param>
/// <param name="Label">Node label.</param>
/// <param name="Name">Canonical name; for a Target "indicator|kind|year".</param>
/// <param name="Aliases">Other surface forms that also identify it.</param>
/// <param name="Properties">Property values the extracted node should carry (checked on matched nodes).</param>
public sealed record ExpectedEntity(
    string Document,
    int Line,
    string Label,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Properties);
