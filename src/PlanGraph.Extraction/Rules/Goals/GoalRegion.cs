namespace PlanGraph.Extraction.Rules.Goals;

/// <summary>What the enclosing structure says about the text below a heading.</summary>
internal enum GoalRegion
{
    /// <summary>No enclosing heading classifies the text (a preamble, or parts whose headings were lost).</summary>
    Open,

    /// <summary>A part that sets tasks: every sub-heading is a goal.</summary>
    Task,

    /// <summary>Background, situation, guiding thought, principles, appendices: nothing here is a goal.</summary>
    Context,

    /// <summary>A 目标 section: its headings are labels, its lead clauses and objective sentences are goals.</summary>
    Targets,
}
