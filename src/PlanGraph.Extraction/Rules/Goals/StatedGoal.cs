using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Goals;

/// <summary>A goal the goal rules stated, with its name, section and where its text starts (a table row looks for its objective among them).</summary>
internal sealed record StatedGoal(string Goal, string Name, OutlineNode Section, int SpanStart);
