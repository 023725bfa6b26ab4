using System.Text.RegularExpressions;
using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// plan.metadata: the document's 文号 (docNumber), issuer and date (the signature's 成文日期, an adoption line
/// under the title, or the front matter; a website's 发布日期 that differs is kept as publishedDate) on every plan
/// the document describes, and its level from the issuer where the name gave none. A described plan whose name
/// states no period takes one from the text: from its issue year to the first of the milestone years its
/// sentences open with (到2020年…、到2035年…、到2050年…); every such year is listed in milestoneYears.
/// </summary>
internal sealed partial class PlanMetadataRule : IDocumentRule
{
    /// <summary>Milestone sentences count only in the document's first part (the objectives), not in its tasks.</summary>
    private const double FramingShare = 0.4;

    /// <summary>A short document's objectives may stand anywhere in its first characters.</summary>
    private const int FramingChars = 3000;

    public string Id => "plan.metadata";

    public RuleStage Stage => RuleStage.Plan;

    public void Apply(DocumentContext context)
    {
        var metadata = context.Metadata;
        context.DocNumber ??= metadata.DocNumber;
        if (context.DescribedPlanIds.Count == 0)
        {
            return;
        }

        var issued = metadata.Issued.Count == context.DescribedPlanIds.Count ? metadata.Issued : [];
        for (var i = 0; i < context.DescribedPlanIds.Count; i++)
        {
            var planId = context.DescribedPlanIds[i];
            // A file holding two documents (若干政策 + 行动计划): each one's milestones are in its own part.
            var (from, to) = issued.Count > 1
                ? (issued[i].Piece.SpanStart, i + 1 < issued.Count && issued[i + 1].Piece.SpanStart > issued[i].Piece.SpanStart ? issued[i + 1].Piece.SpanStart : context.Document.NormalizedText.Length)
                : (0, context.Document.NormalizedText.Length);
            var milestones = Milestones(context, from, to);
            var name = context.Graph.NameOf(planId)!;
            if (metadata.DocNumber is { } number && metadata.DocNumberPiece is { } numberPiece)
            {
                context.Graph.Node(NodeLabels.Plan, name, context.Evidence.From(numberPiece, "", Id), new Dictionary<string, object?> { ["docNumber"] = number }, id: planId);
            }

            if (metadata.Date is { } date && metadata.DatePiece is { } datePiece)
            {
                context.Graph.Node(NodeLabels.Plan, name, context.Evidence.From(datePiece, "", Id), new Dictionary<string, object?>
                {
                    ["date"] = date, ["issuer"] = metadata.Issuer, ["publishedDate"] = metadata.Published,
                }, id: planId);
            }

            var extra = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["issuer"] = metadata.Issuer,
                ["level"] = PlanNaming.Level(name, metadata.Issuer),
            };
            if (milestones.Count > 0)
            {
                extra["milestoneYears"] = milestones.Select(m => m.Year).Distinct().Order().ToList();
                var issueYear = IssueYear() ?? milestones[0].Year;
                var first = milestones.Select(m => m.Year).Where(y => y >= issueYear).DefaultIfEmpty(milestones[0].Year).Min();
                (extra["startYear"], extra["endYear"]) = (Math.Min(issueYear, first), first);
            }

            var piece = milestones.Count > 0 ? milestones[0].Piece : metadata.TitlePiece;
            if (piece is not null)
            {
                context.Graph.Node(NodeLabels.Plan, name, context.Evidence.From(piece, "", Id), extra, id: planId);
            }
        }

        long? IssueYear() => metadata.Date is { Length: >= 4 } d ? long.Parse(d[..4], System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Years the document's opening part sets milestones for: sentences starting 到2035年 / 到二〇三五年.</summary>
    private static List<(long Year, Ingestion.TextPiece Piece)> Milestones(DocumentContext context, int from, int to)
    {
        var limit = Math.Min(to, from + Math.Max(FramingChars, (to - from) * FramingShare));
        var found = new List<(long, Ingestion.TextPiece)>();
        foreach (var sentence in context.Document.Sentences)
        {
            if (sentence.Text.SpanStart < from)
            {
                continue;
            }

            if (sentence.Text.SpanStart >= limit)
            {
                break;
            }

            if (!context.Metadata.InWrapper(sentence.Text.SpanStart) && MilestoneStart().Match(sentence.Text.Text) is { Success: true } m)
            {
                found.Add((ChineseDate.Year(m.Groups[1].Value), sentence.Text));
            }
        }

        return found;
    }

    [GeneratedRegex(@"^(?:\d+[.．、]\s*)?(?:[（(][一二三四五六七八九十]+[）)])?\s*(?:到|至)((?:19|20)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})\s*年")]
    private static partial Regex MilestoneStart();
}
