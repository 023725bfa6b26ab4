using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Places;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// project.table-row: a table of projects (重大项目表: 序号 | 项目名称 | 建设内容 | 总投资 | 建设地点 | 建设年限) lists
/// Projects: each row's name cell is a Project PART_OF the table (a Project named by the table's title, category
/// box), LOCATED_IN the places its place cell names (a division the gazetteer knows, else an area of the document's
/// region: 阜溪街道, 莫干山高新区). A table with an 指标 column is an indicator table and lists none.
/// </summary>
internal sealed partial class ProjectTableRule : IDocumentRule
{
    public string Id => "project.table-row";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            if (Columns(table) is not { } columns)
            {
                continue;
            }

            var title = TitleOf(table);
            var titleEvidence = context.Evidence.From(table.Header, table.SectionPath, Id);
            var tableNode = title.Length >= 4
                ? context.Graph.Node(NodeLabels.Project, title, titleEvidence, new Dictionary<string, object?> { ["category"] = "box", ["box"] = title })
                : null;
            foreach (var row in table.Rows)
            {
                if (row.Cells.Count <= Math.Max(columns.Name, columns.Place ?? 0))
                {
                    continue;
                }

                var name = Canonical.Display(Whitespace().Replace(row.Cells[columns.Name].Text, ""));
                if (name.Length is < 4 or > 40 || name.Any(char.IsAsciiDigit) && name.All(c => char.IsAsciiDigit(c) || c == '.'))
                {
                    continue;
                }

                var piece = context.Document.Piece(row.Cells[0].SpanStart, row.Cells[^1].SpanEnd);
                var evidence = context.Evidence.From(piece, table.SectionPath, Id);
                var project = context.Graph.Node(NodeLabels.Project, name, evidence, new Dictionary<string, object?> { ["category"] = "project", ["box"] = title });
                if (tableNode is not null)
                {
                    context.Graph.Relationship(RelationshipTypes.PartOf, project, tableNode, evidence);
                }

                if (columns.Place is not { } placeColumn)
                {
                    continue;
                }

                foreach (var place in PlaceList().Split(Whitespace().Replace(row.Cells[placeColumn].Text, "")).Where(p => p.Length >= 2))
                {
                    if (context.Gazetteer.Find(place, context.Region).Any(f => f.Form.Length == place.Length) || PlaceEnding().IsMatch(place))
                    {
                        var node = PlaceNodes.Named(context, place, context.Region?.Home, evidence with { Rule = "place.table-cell" });
                        context.Graph.Relationship(RelationshipTypes.LocatedIn, project, node, evidence with { Rule = "located.table-cell" });
                    }
                }
            }
        }
    }

    /// <summary>The name and place columns of a project table, or null when the table lists no projects.</summary>
    private static (int Name, int? Place)? Columns(DocumentTable table)
    {
        if (table.HeaderRows.LastOrDefault() is not { } header)
        {
            return null;
        }

        var cells = header.Select(c => Whitespace().Replace(c.Text, "")).ToList();
        var name = cells.FindIndex(c => NameHeader().IsMatch(c));
        if (name < 0 || cells.Any(c => c.Contains("指标", StringComparison.Ordinal)) || !cells.Any(c => DetailHeader().IsMatch(c)))
        {
            return null;
        }

        var place = cells.FindIndex(c => PlaceHeader().IsMatch(c));
        return (name, place < 0 ? null : place);
    }

    /// <summary>A table's title without its 附表 / 表 N label: the name of the Project that holds its rows.</summary>
    internal static string TitleOf(DocumentTable table) => TableLabel().Replace(Canonical.Display(table.Title), "").Trim();

    /// <summary>A cell's text without the spaces a PDF or a wrap put inside it.</summary>
    internal static string Squeezed(string text) => Whitespace().Replace(text, "");

    /// <summary>Whether a table lists projects (a 项目名称 column beside 建设内容, 总投资, 建设地点…), so its rows are no indicators.</summary>
    internal static bool ListsProjects(DocumentTable table) => Columns(table) is not null;

    [GeneratedRegex(@"^(?:重大|重点)?(?:项目|工程)(?:名称)?$|^名称$")]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"建设内容|建设规模|主要内容|总投资|投资|建设地点|实施地点|地点|建设年限|建设期限|起止年限|实施主体|建设单位|业主单位")]
    private static partial Regex DetailHeader();

    [GeneratedRegex(@"地点|选址|所在区域|所在地|位置|区域")]
    private static partial Regex PlaceHeader();

    [GeneratedRegex(@"[、，,；;/及和]")]
    private static partial Regex PlaceList();

    // What a place cell's area ends with when the gazetteer does not know it.
    [GeneratedRegex(@"(?:街道|镇|乡|开发区|高新区|园区|新区|新城|片区|产业园)$")]
    private static partial Regex PlaceEnding();

    [GeneratedRegex(@"^(?:附表|表)\s*\d*\s*")]
    private static partial Regex TableLabel();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
