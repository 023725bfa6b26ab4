namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// A target's value as a plan states it: the verbatim text, its number (the lower end of a range), the
/// comparator (≥ > ≤ < ≈ =, "range"), the change it sets (level, increase, decrease, growth-rate) and the
/// year the text itself gives (2027年60% → 2027; 2021-2024年累计降低8.2 → 2024), with a note for 累计/预计 marks.
/// </summary>
internal sealed record StatedValue(string Text, double? Value, string? Comparator, string Change, long? Year, double? Upper, string? Note);
