namespace PlanGraph.Ingestion;

/// <summary>One original line after cleaning: its text (mapped), its 1-based number, whether it began with a TAB, and whether with a full-width space (an indented paragraph).</summary>
internal sealed record SourceLine(MappedText Text, int Number, bool Tabbed, bool Indented = false)
{
    public string Value { get; } = Text.ToString();

    public bool IsBlank => Value.Trim().Length == 0;
}
