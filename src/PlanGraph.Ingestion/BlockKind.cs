namespace PlanGraph.Ingestion;

/// <summary>What a line of the normalised text is.</summary>
internal enum BlockKind
{
    Text,
    TableTitle,
    TableHeader,
    TableRow,
    TableFootnote,
}
