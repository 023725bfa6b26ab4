using PlanGraph.Core;
using PlanGraph.Ingestion;
using static PlanGraph.Extraction.Rules.Items.ProjectNames;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// project.sentence: projects named in running text: a clause that builds something (建设, 打造, 搭建, 筹建, 建成 …)
/// and names a facility, platform or centre with a proper head (a place, region or known name; Data/head-words.tsv),
/// read with the box-prose clause rules (<see cref="ProjectNames"/>). Kinds (一批…平台) and bare types stay out.
/// The project supports the goal whose section holds the sentence.
/// </summary>
internal sealed class BodyProjectRule : IDocumentRule
{
    public string Id => "project.sentence";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        if (context.PlanId is null)
        {
            return;
        }

        foreach (var sentence in context.Document.Sentences)
        {
            // A clause builds only if its sentence does: most sentences are passed over without being split.
            if (!BuildVerb.IsMatch(sentence.Text.Text))
            {
                continue;
            }

            // The clauses are looked at in place; only those that build are copied out.
            var text = sentence.Text.Text;
            foreach (var range in ClauseSeparators().EnumerateSplits(text))
            {
                if (!BuildVerb.IsMatch(text.AsSpan()[range]))
                {
                    continue;
                }

                var clause = text[range];

                var listed = clause.Split('、');
                foreach (var name in listed.SelectMany(item => ClauseNames(item, inList: listed.Length > 1)).Where(n => n.Length >= 6 && HeadWords.Value.ProperProjectHead.IsMatch(n)))
                {
                    // Institutions, designations (…示范区), mechanisms, "X等…" kinds and gazetteer places are not
                    // projects of the running text.
                    if (InstitutionSuffix().IsMatch(name) || NotABodyProject().IsMatch(name) || name.Contains('等', StringComparison.Ordinal)
                        || context.Gazetteer.Find(name, context.Region).Any(f => f.Form.Length == name.Length))
                    {
                        continue;
                    }

                    Project(context, name, sentence);
                }
            }
        }
    }

    /// <summary>A project of the running text, supporting the goal whose section holds the sentence.</summary>
    public static string Project(DocumentContext context, string name, Sentence sentence)
    {
        var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, "project.sentence");
        var project = context.Graph.Node(NodeLabels.Project, name, evidence, new Dictionary<string, object?> { ["category"] = ProjectCategory(name) });
        if (context.Goals.GoalOf(sentence.Node) is { } goal)
        {
            context.Graph.Relationship(RelationshipTypes.Supports, project, goal, evidence);
        }

        return project;
    }
}
