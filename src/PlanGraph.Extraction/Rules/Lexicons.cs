namespace PlanGraph.Extraction.Rules;

/// <summary>The data files rules share, loaded once (Data/, embedded and versioned).</summary>
internal static class Lexicons
{
    public static TargetLexicon Targets { get; } = TargetLexicon.Load();
}
