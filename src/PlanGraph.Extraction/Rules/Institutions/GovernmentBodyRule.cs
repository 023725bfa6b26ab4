using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>
/// institution.government-body: government bodies named in sentences and short lines (signatures, member
/// lists) by the structure of their names (<see cref="GovernmentBodyFinder"/>), one node per body and
/// region (<see cref="InstitutionNaming"/>).
/// </summary>
internal sealed partial class GovernmentBodyRule : IDocumentRule
{
    public string Id => "institution.government-body";

    public RuleStage Stage => RuleStage.Entities;

    public void Apply(DocumentContext context)
    {
        var finder = InstitutionData.BodyFinder;
        foreach (var sentence in context.Document.Sentences)
        {
            // A notice's addressees (各省、自治区、直辖市通信管理局，…：) are collectives, no one body.
            var text = Addressees().Replace(sentence.Text.Text, m => new string(' ', m.Length));
            foreach (var body in finder.Find(text).Where(b => Resolvable(context, b.Name)))
            {
                Node(context, body, context.Evidence.From(sentence.Text, sentence.SectionPath, Id));
            }
        }

        foreach (var paragraph in context.Document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Paragraph && n.Heading.Length <= 30))
        {
            var piece = new TextPiece(context.Document.NormalizedText[paragraph.SpanStart..paragraph.SpanEnd], paragraph.SpanStart, paragraph.SpanEnd, paragraph.FirstLine, paragraph.LastLine);
            foreach (var body in finder.Find(piece.Text).Where(b => Resolvable(context, b.Name)))
            {
                Node(context, body, context.Evidence.From(piece, paragraph.SectionPath, Id));
            }
        }
    }

    /// <summary>
    /// A bare level body (市委, 省人民政府, 区政府) names no one body when the document's region is unknown: its node
    /// would join every region's into one.
    /// </summary>
    private static bool Resolvable(DocumentContext context, string written)
        => !BareLevelBody().IsMatch(written) || InstitutionNaming.Resolve(written, context.IssuingRegion).Name != written;

    public static string Node(DocumentContext context, GovernmentBody body, Evidence evidence)
        => Node(context, body.Name, body.Type, evidence);

    public static string Node(DocumentContext context, string written, string type, Evidence evidence)
    {
        var (name, aliases) = InstitutionNaming.Resolve(written, context.IssuingRegion);
        return context.Graph.Node(NodeLabels.Institution, name, evidence, new Dictionary<string, object?> { ["type"] = type }, aliases: aliases);
    }

    [GeneratedRegex(@"各[^。；：:，,]{1,40}(?:[，,]各?[^。；：:，,]{1,40}){0,6}[：:]")]
    private static partial Regex Addressees();

    [GeneratedRegex(@"^(自治区|省|市|区|县)(委|人民政府|政府)$")]
    private static partial Regex BareLevelBody();
}
