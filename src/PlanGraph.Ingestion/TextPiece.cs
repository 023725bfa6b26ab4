namespace PlanGraph.Ingestion;

/// <summary>A piece of the normalised text: its text, span and original lines.</summary>
public sealed record TextPiece(string Text, int SpanStart, int SpanEnd, int FirstLine, int LastLine);
