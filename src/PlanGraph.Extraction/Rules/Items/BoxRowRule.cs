using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// A 专栏 box typed as a table one cell per line (区、县（市） / 发展导向 / 特色平台): each row's cells under a column
/// headed by a kind of named thing (平台, 项目, 工程, 载体, 园区, 基地, 设施, 名称: Data/items.tsv `name-column`) list
/// projects, separated by 、 or ；. They SUPPORT the goal the box serves and lie in the places of the document's
/// region its first cell names (富阳区 → 富春湾新城). Other columns (发展导向) describe the row and name nothing.
/// </summary>
internal sealed class BoxRowRule : IDocumentRule
{
    public string Id => "project.box-row";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        var lexicon = ItemLexicon.Value;
        var made = new Dictionary<BoxItem, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var box in context.Document.Boxes.Where(b => b.Columns.Count > 0))
        {
            var nameColumns = Enumerable.Range(1, box.Columns.Count - 1).Where(c => lexicon.NameColumns.Any(w => box.Columns[c].Contains(w, StringComparison.Ordinal))).ToList();
            var goal = context.BoxGoals.GetValueOrDefault(box) ?? ProgrammeBoxRule.EnclosingGoal(context, box);
            foreach (var item in box.Items.Where(i => i.Cells is { Count: > 1 }))
            {
                var cells = item.Cells!;
                var evidence = context.Evidence.From(item.Text, box.SectionPath, Id);
                var places = context.Region is { } home ? context.Gazetteer.InsideRegion(cells[0].Text, home) : [];
                var projects = new List<string>();
                foreach (var column in nameColumns.Where(c => c < cells.Count))
                {
                    foreach (var raw in ProjectNames.ListSeparators().Split(cells[column].Text))
                    {
                        var name = Canonical.Display(raw.Trim().TrimEnd('。', '等'));
                        if (name.Length is < 4 or > 40 || context.Gazetteer.NamesPlace(name, null))
                        {
                            continue;
                        }

                        var project = context.Graph.Node(NodeLabels.Project, name, evidence,
                            new Dictionary<string, object?> { ["category"] = ProjectNames.ProjectCategory(name), ["box"] = $"专栏{box.Number} {box.Title}" });
                        projects.Add(project);
                        if (goal is not null)
                        {
                            context.Graph.Relationship(RelationshipTypes.Supports, project, goal, evidence);
                        }

                        foreach (var place in places)
                        {
                            context.Graph.Relationship(RelationshipTypes.LocatedIn, project, Places.PlaceNodes.Known(context, place, evidence), evidence);
                        }
                    }
                }

                made[item] = projects;
            }
        }

        context.BoxRowProjects = made;
    }
}
