using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;

namespace PlanGraph.Extraction.Rules.Involvement;

/// <summary>
/// involves.task-table: a task-allocation table (重点任务分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限)
/// gives each row's task its departments: the columns whose header is a note label (牵头单位, 责任单位, 配合部门…)
/// are read like a responsibility note (<see cref="ResponsibilityNoteRule"/>); the task is the row's cell under a
/// task header (任务, 工作, 事项, 举措, 措施, 内容, 项目), a Goal of the plan named by it.
/// </summary>
internal sealed partial class TaskTableRule : IDocumentRule
{
    private const int MaxTask = 60;

    public string Id => "involves.task-table";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        var words = RoleWords.Value;
        foreach (var table in context.Document.Tables)
        {
            var header = table.HeaderRows.LastOrDefault();
            if (header is null)
            {
                continue;
            }

            var columns = LabelColumns(header);
            var taskColumn = header.Select((cell, i) => (cell, i)).Where(c => TaskHeader().IsMatch(Compact(c.cell.Text)) && columns.All(l => l.Index != c.i))
                .Select(c => (int?)c.i).LastOrDefault();
            if (columns.Count == 0 || taskColumn is not { } task)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (row.Cells.Count <= Math.Max(task, columns.Max(c => c.Index)))
                {
                    continue;
                }

                var name = Canonical.Display(row.Cells[task].Text);
                var note = string.Join('；', columns.Select(c => c.Label + "：" + row.Cells[c.Index].Text.Trim()));
                var assigned = RoleWords.Settle(ResponsibilityNoteRule.Assignments(note, words));
                if (name.Length is < 4 or > MaxTask || assigned.Count == 0)
                {
                    continue;
                }

                var piece = context.Document.Piece(row.Cells[0].SpanStart, row.Cells[^1].SpanEnd);
                var evidence = context.Evidence.From(piece, table.SectionPath, Id);
                var goal = context.Graph.Node(NodeLabels.Goal, name, evidence with { Rule = "goal.task-of-note" }, new Dictionary<string, object?> { ["sectionPath"] = table.SectionPath },
                    id: context.Graph.ScopedId(NodeLabels.Goal, context.PlanId ?? context.DocumentId, name));
                if (context.PlanId is { } plan)
                {
                    context.Graph.Relationship(RelationshipTypes.HasGoal, plan, goal, evidence with { Rule = "goal.task-of-note" });
                }

                foreach (var (body, role) in assigned)
                {
                    var institution = GovernmentBodyRule.Node(context, body, "government", evidence with { Rule = "institution.responsibility-note" });
                    TaskIndex.Of(context).Involve(goal, institution, role, evidence);
                }
            }
        }
    }

    /// <summary>Whether a table allocates work: a header cell holds a note label (牵头单位, 责任单位, 配合部门…), so its rows are tasks, not indicators.</summary>
    internal static bool Allocates(Ingestion.DocumentTable table)
        => table.HeaderRows.LastOrDefault() is { } header && LabelColumns(header).Count > 0;

    /// <summary>The header's columns whose cell holds a note label, with the label.</summary>
    private static List<(string Label, int Index)> LabelColumns(IReadOnlyList<Ingestion.TextPiece> header)
        => [.. header.Select((cell, i) => (Label: RoleWords.Value.Labels.FirstOrDefault(l => Compact(cell.Text).Contains(l.Word, StringComparison.Ordinal)).Word, Index: i))
            .Where(c => c.Label is not null)];

    private static string Compact(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex(@"任务|工作|事项|举措|措施|内容|项目|名称")]
    private static partial Regex TaskHeader();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
