using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// The fields a 专栏 box of prose lays out over places (docs/extraction.md, `project.box-layout`): paragraphs that open
/// with a field and a layout lead (集成电路以张江、临港、嘉定为核心…, 生物医药重点布局浦东、闵行…; Data/items.tsv layout-verb,
/// layout-core). Two or more such paragraphs show the box lists fields. Read by Rules/Items/ProgrammeBoxRule (the box is a
/// list) and Rules/Items/BoxLayoutRule (the fields and where they lie).
/// </summary>
internal static class BoxLayouts
{
    public static IReadOnlyList<(TextPiece Paragraph, string Field)> Paragraphs(ContentBox box)
    {
        if (box.Items.Count > 0)
        {
            return [];
        }

        var lead = ItemLexicon.Value.LayoutLead;
        var found = box.Paragraphs.Select(p => (Paragraph: p, Match: lead.Match(p.Text.TrimStart())))
            .Where(p => p.Match.Success && !ItemLexicon.Value.StartsWithTaskVerb(p.Match.Groups["field"].Value))
            .Select(p => (p.Paragraph, Canonical.Display(p.Match.Groups["field"].Value)))
            .ToList();
        return found.Count >= 2 ? found : [];
    }
}
