using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// A 专栏 box whose title names a programme (…重点行动, …工程, …计划, …项目, …平台: Data/items.tsv) is itself a
/// Project (category programme) its items are PART_OF, and it SUPPORTS the goal the box serves: the goal the box
/// rule placed it under, else the innermost goal around the box (a goal the item rules found after the box
/// rule ran). Items the box rule made no project of (a field title on a line of its own, such as "汽车" or
/// "基础教育") become parts by their title. A box without a goal keeps its items and is listed as `unplaced`.
/// </summary>
internal sealed partial class ProgrammeBoxRule : IDocumentRule
{
    public string Id => "project.programme-box";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        var lexicon = ItemLexicon.Value;
        foreach (var box in context.Document.Boxes)
        {
            var title = Canonical.Display(box.Title);
            // A box whose title names no programme ("“两城两区两港两中心”创新枢纽") still lists its items under that
            // title, which is how researchers ask for them; a box of prose or a single paragraph is no list.
            var programme = lexicon.ProgrammeSuffix(title) is not null;
            // A box of prose whose paragraphs open with areas (嘉定新城强化…) lists them (Rules/Places/BoxAreaRule), and one whose
            // paragraphs lay fields out over places (集成电路以…为核心) lists the fields (Rules/Items/BoxLayoutRule).
            if ((!programme && box.Items.Count < 2 && BoxAreas.Paragraphs(box).Count < 2 && BoxLayouts.Paragraphs(box).Count < 2) || title.Contains("指标", StringComparison.Ordinal) || title.Length < 4)
            {
                continue;
            }

            var evidence = context.Evidence.From(box.Header, box.SectionPath, Id);
            var aliases = new List<string>();
            if (RegionPeriod().Match(title) is { Success: true } prefix && title.Length - prefix.Length >= 4)
            {
                aliases.Add(title[prefix.Length..]);
            }

            var goal = context.BoxGoals.GetValueOrDefault(box) ?? EnclosingGoal(context, box);
            var boxNode = context.Graph.Node(NodeLabels.Project, title, evidence,
                new Dictionary<string, object?> { ["category"] = programme ? "programme" : "box", ["box"] = $"专栏{box.Number} {box.Title}", ["placed"] = goal is not null },
                aliases: aliases);
            if (goal is not null)
            {
                context.Graph.Relationship(RelationshipTypes.Supports, boxNode, goal, evidence);
            }

            // Rows that open with an area (禄口新城    建设…) list areas (Rules/Places/BoxAreaRule); what a row builds lies there.
            var areas = BoxAreas.Rows(box);
            for (var i = 0; i < box.Items.Count; i++)
            {
                var item = box.Items[i];
                var firstLine = item.Text.Text.Split('\n')[0];
                var (first, last) = context.Document.Map.Lines(item.Text.SpanStart, item.Text.SpanStart + firstLine.Length);
                var itemEvidence = context.Evidence.From(new TextPiece(firstLine, item.Text.SpanStart, item.Text.SpanStart + firstLine.Length, first, last), box.SectionPath, Id);
                var parts = context.BoxItemProjects.GetValueOrDefault(item) ?? context.BoxRowProjects.GetValueOrDefault(item) ?? [];
                if (parts.Count == 0 && item.Cells is null && ItemTitle(firstLine) is { } name && !IsPlace(context, name))
                {
                    parts = [context.Graph.Node(NodeLabels.Project, name, itemEvidence, new Dictionary<string, object?> { ["category"] = "field", ["box"] = $"专栏{box.Number} {box.Title}" },
                        id: StableId.For(NodeLabels.Project, Canonical.Key(title), Canonical.Key(name)))];
                }

                // A row that opens with an area lists the area; what the row builds lies there, it is no part of the box.
                foreach (var part in areas[i] is not null ? [] : parts)
                {
                    context.Graph.Relationship(RelationshipTypes.PartOf, part, boxNode, itemEvidence);
                }
            }
        }
    }

    /// <summary>The id of the Project this rule writes for a box (the later rules add to it when it exists).</summary>
    internal static string NodeId(ContentBox box) => StableId.For(NodeLabels.Project, Canonical.Key(Canonical.Display(box.Title)));

    /// <summary>The title an item opens with when it stands on a line of its own (a field such as "汽车" above its text), short and without punctuation.</summary>
    private static string? ItemTitle(string line)
    {
        var title = Canonical.Display(line);
        return title.Length is >= 2 and <= 24 && title.IndexOfAny(['。', '：', ':', '，', '；', ',', ';']) < 0 ? title : null;
    }

    /// <summary>A title that is a place (a 片区 heading its items): the place rules read it, it is no part of a programme.</summary>
    private static bool IsPlace(DocumentContext context, string name)
        => context.Gazetteer.NamesPlace(name, null, slack: 2) || ItemLexicon.Value.PlaceSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));

    /// <summary>The innermost section around the box whose heading is a goal.</summary>
    internal static string? EnclosingGoal(DocumentContext context, ContentBox box)
    {
        var chain = new List<OutlineNode>();
        return Find(context.Document.Outline) ? chain.AsEnumerable().Reverse().Select(s => ItemGoals.OfSection(context, s)).FirstOrDefault(g => g is not null) : null;

        bool Find(OutlineNode node)
        {
            if (node.Kind == OutlineKind.Box && node.SpanStart == box.Header.SpanStart)
            {
                return true;
            }

            foreach (var child in node.Children)
            {
                if (child.Kind is OutlineKind.Section or OutlineKind.Box)
                {
                    chain.Add(child);
                    if (Find(child))
                    {
                        return true;
                    }

                    chain.RemoveAt(chain.Count - 1);
                }
            }

            return false;
        }
    }

    // A leading region and period ("某区“十四五”时期", "“十五五”时期"): the title without it is the box's short name.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,8}[“""]?十[一二三四五六七八九]五[”""]?(时期|期间)?")]
    private static partial Regex RegionPeriod();
}
