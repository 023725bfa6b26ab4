namespace PlanGraph.Extraction.Rules;

/// <summary>
/// One extraction rule: reads one document (through <see cref="DocumentContext"/>) and writes nodes and
/// relationships whose evidence names <see cref="Id"/>. A rule never reads another document's facts.
/// </summary>
internal interface IDocumentRule
{
    /// <summary>The rule id evidence carries (e.g. "target.table-row"); docs/extraction.md lists them.</summary>
    string Id { get; }

    RuleStage Stage { get; }

    void Apply(DocumentContext context);
}
