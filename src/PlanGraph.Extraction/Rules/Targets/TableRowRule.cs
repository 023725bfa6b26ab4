using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Goals;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// 表 tables of a plan (not those read as a cell stream, which are <see cref="IndicatorTableRule"/>'s): one
/// Indicator per row (`indicator.table-row`), its baseline and target values as Targets the plan sets
/// (`target.table-cell`), and the goals the row measures. Writes the document's <see cref="TableIndicators"/>.
/// </summary>
internal sealed partial class TableRowRule : IDocumentRule
{
    public string Id => "indicator.table-row";

    public RuleStage Stage => RuleStage.Measures;

    public void Apply(DocumentContext context)
    {
        if (!GoalWriter.ReadsGoals(context))
        {
            return;
        }

        var planId = context.PlanId!;
        var document = context.Document;
        var indicators = new List<TableIndicator>();
        // Tables read as a cell stream (主要指标 tables without 表 N) are rule target.indicator-table's; a task
        // allocation table (牵头单位 | 配合单位 columns) is involves.task-table's and a project table (项目名称 | 建设地点…)
        // project.table-row's: they list no indicator.
        foreach (var table in document.Tables.Where(t => !t.CellStream && !Involvement.TaskTableRule.Allocates(t) && !Items.ProjectTableRule.ListsProjects(t) && !Items.WorksTableRule.ListsWorks(t)))
        {
            var header = string.Join(" ", table.HeaderRows.SelectMany(r => r).Select(c => c.Text));
            var years = Year().Matches(header).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            var footnotes = string.Join(" ", table.Footnotes.Select(f => f.Text));
            var starYear = StarYear().Match(footnotes) is { Success: true } sy ? long.Parse(sy.Groups[1].Value, CultureInfo.InvariantCulture) : (long?)null;
            foreach (var row in table.Rows)
            {
                Row(context, table, row, years, starYear, footnotes, planId, indicators);
            }
        }

        context.TableIndicators = new TableIndicators(indicators);
    }

    private static void Row(DocumentContext context, DocumentTable table, TableRow row, List<long> years, long? starYear, string footnotes, string planId, List<TableIndicator> indicators)
    {
        var (document, graph) = (context.Document, context.Graph);
        var cells = row.Cells.ToList();
        // A category label split over rows leaves fragments ("创" / "新活跃度") in the first cell: skip them.
        var nameIndex = cells.FindIndex(c => Cjk().IsMatch(c.Text) && !Attribute().IsMatch(c.Text) && !IsCategoryPart(Spaces().Replace(c.Text, ""), row.Category));
        if (nameIndex < 0)
        {
            return;
        }

        var nameCell = cells[nameIndex];
        var rawName = Canonical.Display(nameCell.Text);
        var unit = UnitInName().Match(rawName) is { Success: true } u ? u.Groups[1].Value : null;
        var name = unit is null ? rawName : rawName[..rawName.LastIndexOfAny(['（', '('])].Trim();
        var rest = cells.Skip(nameIndex + 1).ToList();
        if (unit is null && rest.Count > 0 && UnitCell().IsMatch(rest[0].Text))
        {
            unit = rest[0].Text;
            rest = rest.Skip(1).ToList();
        }

        var attribute = rest.FirstOrDefault(c => Attribute().IsMatch(c.Text))?.Text;
        var values = rest.Where(c => !Attribute().IsMatch(c.Text)).ToList();
        var path = table.SectionPath;
        var rowPiece = document.Piece(row.Cells[0].SpanStart, row.Cells[^1].SpanEnd);
        var evidence = context.Evidence.From(rowPiece, path, "indicator.table-row");
        (name, var indicatorAliases) = IndicatorNames.Of(context, name);
        var indicator = graph.Node(NodeLabels.Indicator, name, evidence, aliases: indicatorAliases, properties: new Dictionary<string, object?>
        {
            ["unit"] = unit, ["category"] = row.Category, ["attribute"] = attribute,
        });
        indicators.Add(new TableIndicator(indicator, [name, .. indicatorAliases, rawName]));

        // The indicator keeps the first table's unit; every table's unit is listed, each Target has its own.
        graph.AddToList(indicator, "units", unit);
        foreach (var goal in RowGoals(context, table, row, years.Count > 0 ? years[^1] : null))
        {
            graph.Relationship(RelationshipTypes.MeasuredBy, goal, indicator, evidence);
        }

        // The last value is the target, the one before it the baseline (years from the header).
        var targetYear = years.Count > 0 ? years[^1] : (long?)null;
        var baselineYear = years.Count > 1 ? years[^2] : (long?)null;
        if (values.Count >= 1)
        {
            Value(values[^1], "target", targetYear);
        }

        if (values.Count >= 2)
        {
            Value(values[^2], "baseline", baselineYear);
        }

        void Value(TextPiece cell, string kind, long? year)
        {
            var text = cell.Text.Trim();
            if (text is "" or "-" or "—" or "/")
            {
                return;
            }

            string? note = null;
            if (YearNote().Match(text) is { Success: true } yn)
            {
                year = long.Parse(yn.Groups[1].Value, CultureInfo.InvariantCulture);
                note = $"{year}年数据";
            }

            if (text.EndsWith('*') && starYear is { } star)
            {
                year = star;
                note = footnotes;
            }

            var parsed = TargetValue.Parse(text);
            var targetEvidence = context.Evidence.From(cell, path, "target.table-cell");
            var target = graph.Node(NodeLabels.Target, $"{name} {year}年{(kind == "target" ? "目标" : "基数")}", targetEvidence, new Dictionary<string, object?>
            {
                ["kind"] = kind, ["year"] = year, ["value"] = parsed.Value, ["valueText"] = text, ["comparator"] = parsed.Comparator,
                ["unit"] = unit, ["category"] = row.Category, ["note"] = note, ["indicator"] = name,
            }, id: StableId.For(NodeLabels.Target, indicator, planId, kind, year?.ToString(CultureInfo.InvariantCulture) ?? ""));
            graph.Relationship(RelationshipTypes.Sets, planId, target, targetEvidence);
            graph.Relationship(RelationshipTypes.Of, target, indicator, targetEvidence);
        }
    }

    private static bool IsCategoryPart(string text, string? category)
        => category is not null && text.Length > 0 && category.Contains(text, StringComparison.Ordinal);

    /// <summary>
    /// The goals a table row measures: the objective of the table's section that the row's category names
    /// (category 创新活跃度 → 中央商务区更有创新活跃度), else the goal whose section holds the table, else the
    /// objectives the section dates to the table's target year (到2025年，基本建成…).
    /// </summary>
    private static List<string> RowGoals(DocumentContext context, DocumentTable table, TableRow row, long? targetYear)
    {
        var inSection = context.Goals.Stated.Where(g => ReferenceEquals(g.Section, table.Node.Section)).ToList();
        var category = Canonical.Key(row.Category ?? "");
        if (category.Length >= 2)
        {
            var named = inSection.Where(g => Canonical.Key(g.Name).Contains(category, StringComparison.Ordinal)).Select(g => g.Goal).Distinct().ToList();
            if (named.Count == 1)
            {
                return named;
            }
        }

        if (context.Goals.GoalOf(table.Node) is { } goal)
        {
            return [goal];
        }

        return targetYear is null ? [] : inSection.Where(g => ObjectiveYears.At(context.Document, g.SpanStart) == targetYear).Select(g => g.Goal).Distinct().ToList();
    }

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex Year();

    [GeneratedRegex(@"(\d{4})\s*年\s*数据")]
    private static partial Regex StarYear();

    // "（2020）" beside a value: the year the value is of (D3's header says 2019, four rows say 2020).
    [GeneratedRegex(@"[（(](\d{4})[)）]")]
    private static partial Regex YearNote();

    [GeneratedRegex(@"[（(]([^（）()]{1,8})[)）]$")]
    private static partial Regex UnitInName();

    [GeneratedRegex(@"^(%|‰|[亿万]?元.*|万人|人.*|个|家|件|张|套|座|吨|公里|平方米|万平方米|平方公里|公顷|天|分钟|小时|年|岁|[^\d\s]{1,3}/[^\d\s]{1,3})$")]
    private static partial Regex UnitCell();

    [GeneratedRegex(@"^(预期性|约束性)$")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
