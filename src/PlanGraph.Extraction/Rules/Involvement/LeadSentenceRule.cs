using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Involvement;

/// <summary>
/// involves.lead-sentence: running text that says who does a task: 由A牵头/负责, A牵头，B、C配合, A会同B…,
/// A、B按职责分工负责. The bodies (found by structure, <see cref="GovernmentBodyFinder"/>) are INVOLVED in the
/// task of the sentence's paragraph (<see cref="TaskIndex"/>): a body before 牵头/负责/会同 leads, one after
/// 会同 or before 配合/协同 is a partner. Bracketed notes are the responsibility-note rule's.
/// </summary>
internal sealed partial class LeadSentenceRule : IDocumentRule
{
    public string Id => "involves.lead-sentence";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        // The registry's rules are shared by concurrent extractions: the document's map is passed, never kept in a field.
        var map = context.Document.Map;
        var after = RoleWords.Value.After;
        var index = TaskIndex.Of(context);
        foreach (var (section, runIn, sentence) in index.Paragraphs.SelectMany(p => Sentences(p.Piece, map).Select(s => (p.Section, p.RunIn, s))))
        {
            var text = Bracket().Replace(sentence.Text, m => new string(' ', m.Length));
            if (!Cue().IsMatch(text))
            {
                continue;
            }

            var bodies = InstitutionData.BodyFinder.Find(text);
            var assigned = new List<(GovernmentBody Body, string Role)>();
            for (var i = 0; i < bodies.Count; i++)
            {
                // A list A、B、C shares the word after its last member.
                var last = i;
                while (last + 1 < bodies.Count && Joiner().IsMatch(text[bodies[last].End..bodies[last + 1].Start]))
                {
                    last++;
                }

                // A modal may stand between the body and its role: 市发展改革委要牵头制定…
                var rest = Modal().Replace(text[bodies[last].End..], string.Empty, 1);
                var cue = after.FirstOrDefault(a => rest.StartsWith(a.Word, StringComparison.Ordinal) || rest.StartsWith("等" + a.Word, StringComparison.Ordinal));
                string? role = cue.Word is not null ? cue.Value
                    : rest.StartsWith("会同", StringComparison.Ordinal) || rest.StartsWith("等单位会同", StringComparison.Ordinal) ? "lead" : null;
                var before = text[..bodies[i].Start];
                if (role is null && before.EndsWith("会同", StringComparison.Ordinal))
                {
                    role = "partner";
                }

                if (role is not null)
                {
                    for (var k = i; k <= last; k++)
                    {
                        assigned.Add((bodies[k], role));
                    }

                    // After 会同 the partners follow: A会同B、C.
                    if (rest.StartsWith("会同", StringComparison.Ordinal))
                    {
                        for (var k = last + 1; k < bodies.Count && !text[bodies[last].End..bodies[k].Start].Contains('，'); k++)
                        {
                            assigned.Add((bodies[k], "partner"));
                            last = k;
                        }
                    }
                }

                i = last;
            }

            if (assigned.Count == 0)
            {
                continue;
            }

            var evidence = context.Evidence.From(sentence, section.SectionPath, Id);
            var tasks = index.Tasks(section, runIn, evidence);
            foreach (var (body, role) in RoleWords.Settle(assigned).DistinctBy(a => a.Who.Start))
            {
                var institution = GovernmentBodyRule.Node(context, body, evidence with { Rule = "institution.government-body" });
                foreach (var task in tasks)
                {
                    index.Involve(task, institution, role, evidence);
                }
            }
        }
    }

    /// <summary>A paragraph's sentences (to 。 or ；), as pieces of the text.</summary>
    private static IEnumerable<TextPiece> Sentences(TextPiece paragraph, SourceMap map)
    {
        var from = 0;
        for (var at = 0; at < paragraph.Text.Length; at++)
        {
            if (paragraph.Text[at] is '。' or '；' || at == paragraph.Text.Length - 1)
            {
                var (start, end) = (paragraph.SpanStart + from, paragraph.SpanStart + at + 1);
                var (first, last) = map.Lines(start, end);
                yield return new TextPiece(paragraph.Text[from..(at + 1)], start, end, first, last);
                from = at + 1;
            }
        }
    }

    [GeneratedRegex(@"^(要|应当|应|须|需|将|继续|统一)")]
    private static partial Regex Modal();

    [GeneratedRegex(@"牵头|负责|会同|配合|协同|协助")]
    private static partial Regex Cue();

    [GeneratedRegex(@"^[、和及与]$")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial Regex Bracket();
}
