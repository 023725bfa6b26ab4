using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>Evidence from a piece of an ingested document.</summary>
internal sealed record EvidenceFactory(string DocumentId, SourceMap Map)
{
    private const int MaxQuote = 400;

    public Evidence From(TextPiece piece, string sectionPath, string rule)
    {
        if (piece.Text.Length <= MaxQuote)
        {
            return new Evidence(DocumentId, sectionPath, piece.FirstLine, piece.LastLine, piece.SpanStart, piece.SpanEnd, piece.Text, rule);
        }

        // A long piece is quoted up to the limit, and the lines are those of the quoted part.
        var end = piece.SpanStart + MaxQuote;
        var (first, last) = Map.Lines(piece.SpanStart, end);
        return new Evidence(DocumentId, sectionPath, first, last, piece.SpanStart, end, piece.Text[..MaxQuote], rule);
    }
}
