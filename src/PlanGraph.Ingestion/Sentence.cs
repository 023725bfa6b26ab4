namespace PlanGraph.Ingestion;

/// <summary>A sentence of the body text (split on 。；！？ outside quotes and brackets) with the section holding it.</summary>
public sealed record Sentence(TextPiece Text, string SectionPath);
