namespace PlanGraph.Extraction.Rules;

/// <summary>
/// When a registered rule runs inside one document's extraction (docs/extraction.md, "Stages"). Stages run
/// in this order; a rule reads only what earlier stages wrote.
/// </summary>
internal enum RuleStage
{
    /// <summary>First: the document's title, kind, described plans, date and region.</summary>
    Document,

    /// <summary>After the title, kind and described plan are known: plan metadata (period, level, 文号, issuer, date).</summary>
    Plan,

    /// <summary>After the plan: the goals of its outline and framing (writes the document's <see cref="GoalIndex"/>).</summary>
    Goals,

    /// <summary>After goals and indicator tables: more indicators and targets (tables of other layouts, sentences).</summary>
    Measures,

    /// <summary>After 专栏 boxes and body projects: items listed under goals, boxes and programmes.</summary>
    Items,

    /// <summary>After institutions and places of the legacy rules: more entities (divisions, government bodies).</summary>
    Entities,

    /// <summary>Last: relationships between what the document holds (who leads a task, where a project is).</summary>
    Relations,
}
