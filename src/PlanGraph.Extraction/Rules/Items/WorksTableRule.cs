using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// project.works-table: a table of works by field (附表 “十五五”时期重大工程包: 序号 | 领域 | 重大工程, each row "A、B、C等N项工程")
/// lists the fields, each a Project (category programme: a package of works) PART_OF the table's Project, and the works of each row PART_OF its
/// field. A table with an 指标 column lists none.
/// </summary>
internal sealed partial class WorksTableRule : IDocumentRule
{
    public string Id => "project.works-table";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            if (Columns(table) is not { } columns)
            {
                continue;
            }

            var title = ProjectTableRule.TitleOf(table);
            if (title.Length < 4)
            {
                continue;
            }

            var tableNode = context.Graph.Node(NodeLabels.Project, title, context.Evidence.From(table.Header, table.SectionPath, Id),
                new Dictionary<string, object?> { ["category"] = "programme", ["box"] = title });
            foreach (var row in table.Rows.Where(r => r.Cells.Count > Math.Max(columns.Field, columns.Works)))
            {
                var field = Canonical.Display(ProjectTableRule.Squeezed(row.Cells[columns.Field].Text));
                if (field.Length < 2)
                {
                    continue;
                }

                var evidence = context.Evidence.From(context.Document.Piece(row.Cells[0].SpanStart, row.Cells[^1].SpanEnd), table.SectionPath, Id);
                // A field is a package of works (category programme): where it is is where its works are.
                var fieldNode = context.Graph.Node(NodeLabels.Project, field, evidence, new Dictionary<string, object?> { ["category"] = "programme", ["box"] = title },
                    id: StableId.For(NodeLabels.Project, Canonical.Key(title), Canonical.Key(field)));
                context.Graph.Relationship(RelationshipTypes.PartOf, fieldNode, tableNode, evidence);

                // "A、B、C等3项工程": the names before the count.
                var works = CountTail().Replace(row.Cells[columns.Works].Text.Trim(), "");
                foreach (var work in works.Split('、').Select(w => Canonical.Display(w.Trim())).Where(w => w.Length is >= 4 and <= 40))
                {
                    var project = context.Graph.Node(NodeLabels.Project, work, evidence, new Dictionary<string, object?> { ["category"] = "project", ["box"] = title });
                    context.Graph.Relationship(RelationshipTypes.PartOf, project, fieldNode, evidence);
                }
            }
        }
    }

    /// <summary>The field and works columns of a works table, or null.</summary>
    private static (int Field, int Works)? Columns(DocumentTable table)
    {
        if (table.HeaderRows.LastOrDefault() is not { } header || table.Rows.Count < 2)
        {
            return null;
        }

        var cells = header.Select(c => ProjectTableRule.Squeezed(c.Text)).ToList();
        var field = cells.FindIndex(c => FieldHeader().IsMatch(c));
        var works = cells.FindIndex(c => WorksHeader().IsMatch(c));
        return field < 0 || works < 0 || cells.Any(c => c.Contains("指标", StringComparison.Ordinal)) ? null : (field, works);
    }

    /// <summary>Whether a table lists works by field, so its rows are no indicators.</summary>
    internal static bool ListsWorks(DocumentTable table) => Columns(table) is not null;

    [GeneratedRegex(@"^(?:领域|类别|方向|板块|分类)$")]
    private static partial Regex FieldHeader();

    [GeneratedRegex(@"^(?:重大|重点|主要)?(?:工程|项目|工程项目)(?:包|名称|内容)?$")]
    private static partial Regex WorksHeader();

    [GeneratedRegex(@"等\s*\d+\s*(?:项|个|大)\s*(?:工程|项目|行动)?。?$")]
    private static partial Regex CountTail();
}
