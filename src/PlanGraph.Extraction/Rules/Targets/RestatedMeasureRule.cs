using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// Dated sentences in a goal's text that restate an indicator of the document's 表 tables
/// (<see cref="TableIndicators.Restated"/>): that goal is MEASURED_BY the table's indicator too.
/// </summary>
internal sealed class RestatedMeasureRule : IDocumentRule
{
    public string Id => "indicator.sentence-restated";

    public RuleStage Stage => RuleStage.Measures;

    public void Apply(DocumentContext context)
    {
        if (!TargetSentences.ReadsTargets(context))
        {
            return;
        }

        foreach (var (sentence, _, rest) in TargetSentences.Dated(context.Document))
        {
            if (context.Goals.MeasuredBy(sentence) is not { } goal)
            {
                continue;
            }

            var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, "indicator.sentence-restated");
            foreach (var clause in TargetSentences.Clauses().Split(rest))
            {
                if (context.TableIndicators.Restated(clause) is { } indicator)
                {
                    context.Graph.Relationship(RelationshipTypes.MeasuredBy, goal, indicator, evidence);
                }
            }
        }
    }
}
