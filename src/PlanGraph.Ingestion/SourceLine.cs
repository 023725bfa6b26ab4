namespace PlanGraph.Ingestion;

/// <summary>One original line after cleaning: its text (mapped), its 1-based number, and whether it began with a TAB.</summary>
internal sealed record SourceLine(MappedText Text, int Number, bool Tabbed)
{
    public string Value { get; } = Text.ToString();

    public bool IsBlank => Value.Trim().Length == 0;
}
