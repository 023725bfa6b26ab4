using System.Text.RegularExpressions;
using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// plan.cited-title: every 《…》 naming a plan, programme, law, regulation, opinion, measure or notice (its last
/// word a kind of Data/document-metadata.tsv, a plan word inside it, or a horizon year: 中国制造2025) is a Plan node with its kind, period and
/// level; the citing document's plan CITES it, or is BASED_ON it where the document says it was made on that
/// basis: a basis word (依据/根据/按照/贯彻落实) outside the titles in a sentence that makes the document
/// (制定/编制/印发…), or in the heading over it ("制定《规划》的主要依据"). A clause that only ties the plan to the
/// title (与《…》紧密衔接) cites it. 《…关于印发X的通知》 cites X. The document's own plan cited again becomes an
/// alias (plan.self-citation); titles in the wrapper (a converter's note citing 《著作权法》) are not read.
/// </summary>
internal sealed partial class CitedTitleRule : IDocumentRule
{
    public string Id => "plan.cited-title";

    public RuleStage Stage => RuleStage.Plan;

    public void Apply(DocumentContext context)
    {
        var words = MetadataWords.Value;
        foreach (var sentence in context.Document.Sentences)
        {
            if (context.Metadata.InWrapper(sentence.Text.SpanStart))
            {
                continue;
            }

            var text = sentence.Text.Text;
            foreach (Match m in BookTitle().Matches(text))
            {
                var name = Canonical.Display(m.Groups[1].Value);
                if (NoticeOf().Match(name) is { Success: true } notice && PlanNaming.IssuedTitles(notice.Groups[1].Value) is [var first, ..])
                {
                    name = first;
                }

                if (name.Length < 4 || (!PlanWords().IsMatch(name) && PlanNaming.Kind(name) is null && !HorizonName().IsMatch(name)))
                {
                    continue;
                }

                var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, Id);
                var own = context.DescribedPlanIds.FirstOrDefault(id => context.Graph.NameOf(id) is { } described && PlanNaming.SelfKey(described) == PlanNaming.SelfKey(name));
                if (own is not null || (context.Metadata.Title is { } title && Canonical.Key(title) == Canonical.Key(name)))
                {
                    // The document's own plan cited with or without its region prefix or period: an alias.
                    if (own is not null)
                    {
                        context.Graph.Node(NodeLabels.Plan, PlanNaming.WithoutDraftMark(name), evidence with { Rule = "plan.self-citation" }, id: own);
                    }

                    continue;
                }

                var cited = context.Graph.Node(NodeLabels.Plan, PlanNaming.WithoutDraftMark(name), evidence, PlanNaming.Properties(name), aliases: PlanNaming.ShortNames(PlanNaming.WithoutDraftMark(name)));
                if (cited == context.PlanId)
                {
                    continue;
                }

                var basis = IsBasis(text, m.Index, context.Document.Sentences.Count > 0 ? sentence.Section.FullHeading : "", words);
                if (context.PlanId is not null)
                {
                    context.Graph.Relationship(basis ? RelationshipTypes.BasedOn : RelationshipTypes.Cites, context.PlanId, cited, evidence);
                }
                else
                {
                    context.Graph.Relationship(RelationshipTypes.Cites, context.DocumentId, cited, evidence);
                }
            }
        }
    }

    private static bool IsBasis(string sentence, int titleAt, string heading, MetadataWords words)
    {
        if (words.Basis.Any(w => heading.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        // The clause holding the title: 依据《A》《B》编制 is a basis, 与《C》《D》紧密衔接 is not.
        var start = sentence.LastIndexOfAny(ClauseMarks, Math.Max(0, titleAt - 1)) + 1;
        var end = sentence.IndexOfAny(ClauseMarks, titleAt) is var e and >= 0 ? e : sentence.Length;
        var clause = BookTitle().Replace(sentence[start..end], "《》");
        if (words.Alignment.Any(w => clause.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        var outside = BookTitle().Replace(sentence, "《》");
        return words.Basis.Any(w => outside.Contains(w, StringComparison.Ordinal)) && words.Making.Any(w => outside.Contains(w, StringComparison.Ordinal));
    }

    private static readonly char[] ClauseMarks = ['，', ',', '；', ';'];

    [GeneratedRegex(@"《([^《》]{2,80})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"(?:关于)?印发(.+)的通知$")]
    private static partial Regex NoticeOf();

    // A strategy named by its horizon year: 中国制造2025, 健康中国2030.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}“”]{2,12}\s*(?:20|21)\d{2}$")]
    private static partial Regex HorizonName();

    [GeneratedRegex(@"规划|纲要|方案|计划|行动|政策")]
    private static partial Regex PlanWords();
}
