namespace PlanGraph.Extraction.Quality;

/// <summary>Precision, recall and F1 of one label or relationship type against the expectations.</summary>
/// <param name="Kind">"label" or "relationship".</param>
/// <param name="Name">The label or relationship type.</param>
/// <param name="Expected">Annotated facts.</param>
/// <param name="Extracted">Extracted facts in the annotated scope (plus any that match an expectation outside it).</param>
/// <param name="Matched">One-to-one matches between the two.</param>
/// <param name="PropertiesChecked">Annotated property values on matched entities.</param>
/// <param name="PropertiesCorrect">Of those, the ones the extracted node carries with the same value.</param>
/// <param name="Missed">Expectations with no match, as "document:line name" (for the report).</param>
/// <param name="Spurious">In-scope extracted facts with no match, as "document:line name".</param>
/// <param name="PrecisionMeasured">False when no region was annotated exhaustively for this kind: then only recall means something.</param>
public sealed record QualityRow(
    string Kind,
    string Name,
    int Expected,
    int Extracted,
    int Matched,
    int PropertiesChecked,
    int PropertiesCorrect,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Spurious,
    bool PrecisionMeasured)
{
    public double Precision => Extracted == 0 ? 0 : (double)Matched / Extracted;

    public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of annotated property values that are right on matched entities; 1 when none were annotated.</summary>
    public double PropertyAccuracy => PropertiesChecked == 0 ? 1 : (double)PropertiesCorrect / PropertiesChecked;
}
