using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Involvement;

/// <summary>
/// involves.issuer: who issues the plan: the front matter's 发布单位, the notice line (X关于印发《…》的通知, or
/// X、Y关于…的意见: each body is an issuer; 联合印发), or the signature above the closing date. The plan the
/// document describes, and the plans the notice line issues by their 《…》 titles, INVOLVE each issuer with
/// role issuer.
/// </summary>
internal sealed partial class IssuerRule : IDocumentRule
{
    private const int HeadLines = 24;

    public string Id => "involves.issuer";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        var issuers = context.IssuingRegion.Issuers.Where(i => i.Length >= 2).ToList();
        if (issuers.Count == 0 && context.Issuer is { } signed)
        {
            issuers.Add(signed);
        }

        if (issuers.Count == 0)
        {
            return;
        }

        var (line, piece) = IssuingLine(context.Document, issuers[0]);
        if (piece is null)
        {
            return;
        }

        var plans = new List<string>();
        // A plan, opinion, measures or regulation is issued by its issuer; an interpretation or reply describes another's.
        if (context.PlanId is { } described && context.Kind is not (DocumentKinds.Interpretation or DocumentKinds.Reply))
        {
            plans.Add(described);
        }

        var planNodes = context.Graph.Nodes.Where(n => n.Label == NodeLabels.Plan).ToList();
        foreach (Match title in BookTitle().Matches(line + "\n" + IssuingSentences(context.Document)))
        {
            var key = Canonical.Key(title.Groups[1].Value);
            plans.AddRange(planNodes.Where(p => Canonical.Key(p.Name) == key || p.Aliases.Any(a => Canonical.Key(a) == key)).Select(p => p.Id));
        }

        var evidence = context.Evidence.From(piece, string.Empty, Id);
        foreach (var issuer in issuers)
        {
            var institution = GovernmentBodyRule.Node(context, issuer, "government", evidence with { Rule = "institution.issuer" });
            foreach (var plan in plans.Distinct())
            {
                context.Graph.Relationship(RelationshipTypes.Involves, plan, institution, evidence, new Dictionary<string, object?> { ["role"] = "issuer" });
            }
        }
    }

    /// <summary>The first head line naming the issuer (the notice line or the front matter's title), as a piece of the text.</summary>
    private static (string Line, TextPiece? Piece) IssuingLine(IngestedDocument document, string issuer)
    {
        var text = document.NormalizedText;
        var at = 0;
        var seen = 0;
        TextPiece? fallback = null;
        var fallbackLine = string.Empty;
        foreach (var raw in text.Split('\n'))
        {
            var start = at;
            at += raw.Length + 1;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            if (++seen > HeadLines)
            {
                break;
            }

            var (first, last) = document.Map.Lines(start, start + raw.Length);
            var piece = new TextPiece(raw, start, start + raw.Length, first, last);
            if (raw.Contains("关于", StringComparison.Ordinal) && raw.Contains(issuer.Split(' ')[0], StringComparison.Ordinal) && !raw.Contains(':') && !raw.Contains('：'))
            {
                return (raw, piece);
            }

            if (fallback is null && raw.Contains(issuer, StringComparison.Ordinal))
            {
                (fallback, fallbackLine) = (piece, raw);
            }
        }

        return (fallbackLine, fallback);
    }

    /// <summary>The head's sentences that issue plans (《…》已经…同意，现印发给你们).</summary>
    private static string IssuingSentences(IngestedDocument document)
    {
        var head = document.NormalizedText[..Math.Min(document.NormalizedText.Length, 1500)];
        return string.Join('\n', head.Split('。', '\n').Where(s => s.Contains("印发", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"《([^《》]{2,80})》")]
    private static partial Regex BookTitle();
}
