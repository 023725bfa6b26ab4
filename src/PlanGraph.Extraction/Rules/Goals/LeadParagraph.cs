namespace PlanGraph.Extraction.Rules.Goals;

/// <summary>A paragraph whose run-in lead names a goal, by its span: the paragraph's sentences spell that goal out.</summary>
internal sealed record LeadParagraph(int SpanStart, int SpanEnd, string Goal);
