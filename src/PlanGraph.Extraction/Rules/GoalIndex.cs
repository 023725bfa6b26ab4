using PlanGraph.Extraction.Rules.Goals;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules;

/// <summary>
/// The goals of one document, as the goal rules (stage <see cref="RuleStage.Goals"/>) found them: by the section
/// whose heading is a goal, every goal they stated with where its text starts, and the paragraphs a run-in lead
/// names. Read-only for the rules after them (docs/extraction.md, "Stages and where a rule lives").
/// </summary>
internal sealed class GoalIndex(IReadOnlyDictionary<OutlineNode, string> bySection, IReadOnlyList<StatedGoal> stated, IReadOnlyList<LeadParagraph> leads)
{
    /// <summary>No goals: what the rules before the goal stage (and documents that state none) see.</summary>
    public static GoalIndex Empty { get; } = new(new Dictionary<OutlineNode, string>(ReferenceEqualityComparer.Instance), [], []);

    /// <summary>The goal of each section whose heading is a goal, by its outline node (compared by reference).</summary>
    public IReadOnlyDictionary<OutlineNode, string> BySection { get; } = bySection;

    /// <summary>Every goal the goal rules stated, in the order they stated them.</summary>
    public IReadOnlyList<StatedGoal> Stated { get; } = stated;

    /// <summary>The paragraphs whose run-in lead names a goal: their sentences spell it out.</summary>
    public IReadOnlyList<LeadParagraph> Leads { get; } = leads;

    /// <summary>The same index with more stated goals after the ones it holds.</summary>
    public GoalIndex WithStated(IEnumerable<StatedGoal> more) => new(BySection, [.. Stated, .. more], Leads);

    /// <summary>The goal of the section holding <paramref name="node"/> (a section, paragraph, box or table), or of the nearest enclosing section that has one.</summary>
    public string? GoalOf(OutlineNode node)
    {
        for (OutlineNode? section = node.Section; section is not null; section = section.Parent)
        {
            if (BySection.TryGetValue(section, out var goal))
            {
                return goal;
            }
        }

        return null;
    }

    /// <summary>The goal a sentence's quantities measure: the lead goal of its paragraph, else the goal of its section.</summary>
    public string? MeasuredBy(Sentence sentence)
        => Leads.FirstOrDefault(p => p.SpanStart <= sentence.Text.SpanStart && sentence.Text.SpanStart < p.SpanEnd)?.Goal
            ?? GoalOf(sentence.Node);
}
