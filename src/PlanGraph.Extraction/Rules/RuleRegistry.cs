namespace PlanGraph.Extraction.Rules;

/// <summary>
/// The registered rules, in the order they run within a stage. Adding a rule means adding its class
/// under Rules/&lt;Kind&gt;/ and one line here; docs/extraction.md lists them.
/// </summary>
internal static class RuleRegistry
{
    public static IReadOnlyList<IDocumentRule> All { get; } =
    [
        new Plans.PlanTitleRule(),
        new Plans.PlanMetadataRule(),
        new Plans.CitedTitleRule(),
        new Goals.GoalOutlineRule(),
        new Goals.CountedNameRule(),
        new Targets.TableRowRule(),
        new Targets.InlineTargetRule(),
        new Targets.RestatedMeasureRule(),
        new Targets.IndicatorTableRule(Lexicons.Targets),
        new Targets.SentenceTargetRule(Lexicons.Targets),
        new Items.BoxItemRule(),
        new Items.BodyProjectRule(),
        new Involvement.SentenceInvolvementRule(),
        new Items.RunInTaskRule(),
        new Items.BoxRowRule(),
        new Items.ProgrammeBoxRule(),
        new Items.BoxLayoutRule(),
        new Items.CountedListRule(),
        new Items.EnumeratedWorksRule(),
        new Institutions.InstitutionTextRule(),
        new Places.GazetteerPlaceRule(),
        new Places.SuffixPlaceRule(),
        new Institutions.GovernmentBodyRule(),
        new Involvement.ResponsibilityNoteRule(),
        new Involvement.TaskTableRule(),
        new Involvement.LeadSentenceRule(),
        new Involvement.IssuerRule(),
        new Places.SuffixNameRule(),
        new Places.ZoneRule(),
        new Places.LocatedInTextRule(),
        new Places.BoxAreaRule(),
        new Items.ProjectTableRule(),
        new Items.WorksTableRule(),
        new Places.KeyAreaRule(),
        new Places.RegionFallbackRule(),
    ];

    public static void Run(RuleStage stage, DocumentContext context)
    {
        foreach (var rule in All)
        {
            if (rule.Stage == stage)
            {
                rule.Apply(context);
            }
        }
    }
}
