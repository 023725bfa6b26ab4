namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>A table's indicator and the names its row uses (canonical, aliases, as written).</summary>
internal sealed record TableIndicator(string Indicator, string[] Names);
