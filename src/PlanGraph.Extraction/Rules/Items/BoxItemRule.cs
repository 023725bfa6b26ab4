using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;
using PlanGraph.Extraction.Rules.Places;
using PlanGraph.Ingestion;
using static PlanGraph.Extraction.Rules.Items.ProjectNames;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// 专栏 box items: named projects (split on 、 and ；) that SUPPORT the goal the box serves
/// (<see cref="BoxGoals"/>) and lie where the box title or the item says, companies and universities as
/// institutions (`involves.box-listed`), and the institutions a prose item names taking part in its project
/// (`involves.box-item`). Writes the goal of each box and the projects of each item for the item rules after it.
/// </summary>
internal sealed partial class BoxItemRule : IDocumentRule
{
    public string Id => "project.box-item";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        var (document, graph, gazetteer, region) = (context.Document, context.Graph, context.Gazetteer, context.Region);
        var boxGoals = new Dictionary<ContentBox, string?>(ReferenceEqualityComparer.Instance);
        var boxItemProjects = new Dictionary<BoxItem, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var box in document.Boxes)
        {
            var goal = BoxGoals.Of(context, box);
            boxGoals[box] = goal;
            var boxPlaces = Places(box.Title).Select(f => f.Place).ToList();
            // Rows of a box typed as a table are read by project.box-row.
            foreach (var item in box.Items.Where(i => i.Cells is null))
            {
                var firstLine = item.Text.Text.Split('\n')[0];
                var (category, names) = ItemNames(firstLine, item.Category);
                var prose = firstLine.AsSpan().IndexOfAny('，', ',') >= 0;
                // Only the item's own paragraph: the last item of a box can run on into the body text after it.
                var involved = prose ? context.Mentions.Finder.Find(firstLine) : [];
                var firstEnd = item.Text.SpanStart + firstLine.Length;
                var (first, last) = document.Map.Lines(item.Text.SpanStart, firstEnd);
                var evidence = context.Evidence.From(new TextPiece(firstLine, item.Text.SpanStart, firstEnd, first, last), box.SectionPath, "project.box-item");
                foreach (var raw in names)
                {
                    var name = Canonical.Display(LeadingNumber().Replace(TrailingEtc().Replace(raw, ""), ""));
                    if (name.Length is < 4 or > 40 || NotAName().IsMatch(name) || name[0] is '（' or '(')
                    {
                        continue;
                    }

                    // A division or area the gazetteer knows ("江北新区" heading a row of its industries) is a place, not a project.
                    if (gazetteer.NamesPlace(name, region))
                    {
                        continue;
                    }

                    if (InstitutionSuffix().IsMatch(name))
                    {
                        var listed = graph.Node(NodeLabels.Institution, name, evidence, new Dictionary<string, object?> { ["type"] = InstitutionType(name), ["listedIn"] = $"专栏{box.Number} {box.Title}" });

                        // A company or university a box lists takes part in what the box serves (issue 16: never unlinked).
                        if (goal is not null)
                        {
                            graph.Relationship(RelationshipTypes.Involves, goal, listed, evidence with { Rule = "involves.box-listed" }, new Dictionary<string, object?> { ["role"] = "participant" });
                        }

                        continue;
                    }

                    var project = graph.Node(NodeLabels.Project, name, evidence, new Dictionary<string, object?> { ["category"] = category ?? ProjectCategory(name), ["box"] = $"专栏{box.Number} {box.Title}" });
                    boxItemProjects[item] = [.. boxItemProjects.GetValueOrDefault(item) ?? [], project];

                    // The item's first project is what its prose describes; the institutions it names take part,
                    // in the role the verb before them gives (依托 host, 联合 partner, 牵头 lead…).
                    if (ReferenceEquals(raw, names[0]))
                    {
                        foreach (var mention in involved.Where(m => !names.Contains(m.Name)))
                        {
                            var itemEvidence = evidence with { Rule = "involves.box-item" };
                            var institution = InstitutionNodes.Mentioned(context, mention, itemEvidence);
                            graph.Relationship(RelationshipTypes.Involves, project, institution, itemEvidence,
                                new Dictionary<string, object?> { ["role"] = InstitutionFinder.RoleBefore(firstLine, mention.Start) });
                        }
                    }

                    if (goal is not null)
                    {
                        graph.Relationship(RelationshipTypes.Supports, project, goal, evidence);
                    }

                    // The box title states where its projects are; otherwise a place in the name (not a
                    // city or region: 南京大学苏州校区 is not in 南京).
                    var places = boxPlaces.Count > 0 ? boxPlaces
                        : Places(name).Select(f => f.Place).Where(p => p.Type is not ("region" or "city" or "province")).ToList();
                    if (places.Count == 0 && ReferenceEquals(raw, names[0]) && region is { } home)
                    {
                        // The places inside the document's own region the item's text names are where it lies
                        // ("成果转化集聚区。推进余杭区…、富阳区…等…建设"); a place elsewhere is a partner or a benchmark.
                        places = gazetteer.InsideRegion(firstLine, home);
                    }
                    foreach (var place in places)
                    {
                        graph.Relationship(RelationshipTypes.LocatedIn, project, PlaceNodes.Known(context, place, evidence), evidence);
                    }
                }
            }
        }

        context.BoxGoals = boxGoals;
        context.BoxItemProjects = boxItemProjects;

        // Places a text of this document names, read in the document's region.
        IEnumerable<(GazetteerPlace Place, string Form, int Index)> Places(string text) => gazetteer.Find(text, region);
    }

    /// <summary>
    /// The names a 专栏 item holds. An item is a list ("医疗科技。A、B、C" — a run-in category, then names
    /// separated by 、 or ；), prose ("医疗科技条件平台。在……领域，持续建设……" or "绿色金融：推动A、B落地，提升……"),
    /// or a bare title line ("顶奢商圈破冰行动"). A list gives every name; prose gives its title when the title
    /// names a project, plus the clauses that end like a named facility, project or programme — so the research
    /// fields and activities prose enumerates ("合成生物学、基因技术") are not taken for projects.
    /// </summary>
    private static (string? Category, IReadOnlyList<string> Names) ItemNames(string line, string? boxCategory)
    {
        // A row of cells (a box read as a table) runs its first cell in like a title.
        var separator = line.IndexOfAny(['。', '：', ':']);
        var bodyStart = separator + 1;
        var row = false;
        if (CellText.Gap().Match(line) is { Success: true } gap && gap.Index > 0 && (separator < 0 || gap.Index < separator))
        {
            (separator, bodyStart, row) = (gap.Index, gap.Index + gap.Length, true);
        }

        if (separator <= 0 || separator >= line.Length - 1)
        {
            return (boxCategory, [StripActionVerbs(line.TrimEnd('。'))]);
        }

        var title = line[..separator].Trim();
        var body = line[bodyStart..];
        // "“两城”：指A和B，…" defines a label by the names it stands for.
        if (Definition().Match(body) is { Success: true } defined && title.Trim('“', '”').Length <= 6)
        {
            return (boxCategory, [.. ListedNames().Split(defined.Groups["names"].Value).Select(n => n.Trim()).Where(n => n.Length >= 3)]);
        }

        // More cells after the first (板块 | 基础产业 | 新兴产业…) describe the row: only what ends like a name is one.
        var prose = body.AsSpan().IndexOfAny('，', ',') >= 0 || CellText.Gap().IsMatch(body);
        if (!prose && separator <= 10)
        {
            return (title, [.. ProjectNames.ListSeparators().Split(body).Select(n => StripActionVerbs(n.Trim().TrimEnd('。'))).Where(n => n.Length > 0)]);
        }

        var names = new List<string>();
        var titleName = StripActionVerbs(title);
        // A title naming its subject in quotes ("打造滨江片区“杭州数谷”") names a project too.
        // So does a short noun phrase run in before the item's prose: what the box lists ("环大学（大学城）创新生态圈。以…",
        // "高水平实验室矩阵：支持…"), not an activity.
        // A quoted label ("“一城”：…") is a slot the body fills, and a stage over a list ("续建工程：A，B") a category: no names.
        var bare = titleName.Trim('“', '”');
        var titleIsProject = !ItemLexicon.Value.StageLabel.IsMatch(bare) && !(row && CategoryTitle().IsMatch(bare)) && bare.Length >= 4
            && (ProjectSuffix().IsMatch(titleName) || (titleName.EndsWith('”') && titleName.Contains('“', StringComparison.Ordinal) && titleName.Length <= 40)
            || (titleName.Length <= 20 && !VerbInside.IsMatch(titleName) && !NotAName().IsMatch(titleName)
                && !ItemLexicon.Value.PlaceSuffixes.Any(p => titleName.EndsWith(p, StringComparison.Ordinal))));
        if (titleIsProject)
        {
            names.Add(titleName);
        }

        foreach (var clause in ClauseSeparators().Split(body))
        {
            var listed = clause.Split('、');
            foreach (var name in listed.SelectMany(item => ClauseNames(item, inList: listed.Length > 1)))
            {
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return (titleIsProject || separator > 10 ? boxCategory : title, names);
    }

    private static string InstitutionType(string name)
        => name.EndsWith("大学", StringComparison.Ordinal) || name.EndsWith("学院", StringComparison.Ordinal) ? "university"
            : name.Contains("医院", StringComparison.Ordinal) ? "hospital" : "enterprise";

    // Clauses rather than names: they hold sentence punctuation, start with a preposition or end in 的.
    [GeneratedRegex(@"[。，,]|^(依托|采用|沿|以|通过|围绕|按照|在|对|由|将)|的$")]
    private static partial Regex NotAName();


    [GeneratedRegex(@"^(是)?指(?<names>[^，。；]{3,60})")]
    private static partial Regex Definition();

    // A category in a row's first cell ("重大工程项目", "重点平台载体"): what kind of thing follows, not its name.
    [GeneratedRegex(@"^(重大|重点|主要|其他)\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex CategoryTitle();

    // A cell numbered inside a row ("24.工业机器人").
    [GeneratedRegex(@"^\d{1,2}\s*[.．、]\s*")]
    private static partial Regex LeadingNumber();
}
