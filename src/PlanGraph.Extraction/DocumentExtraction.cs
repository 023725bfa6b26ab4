using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>The rules applied to one document; each rule id names what produced a fact.</summary>
internal sealed partial class DocumentExtraction(IngestedDocument document, GraphAccumulator graph, Gazetteer gazetteer)
{
    private readonly string documentId = StableId.ForDocument(document.FileName);
    private readonly Dictionary<string, string> goalsBySection = new(StringComparer.Ordinal);
    private EvidenceFactory Evidence => new(documentId, document.Map);

    public SourceDocument Run()
    {
        var (title, titlePiece) = Title();
        var kind = title.Contains("解读", StringComparison.Ordinal) ? DocumentKinds.Interpretation
            : ReplyWords().IsMatch(title) ? DocumentKinds.Reply
            : PlanWords().IsMatch(title) ? DocumentKinds.Plan : DocumentKinds.Other;
        var planId = DescribedPlan(title, titlePiece, kind);
        CitedPlans(planId);
        if (planId is not null && kind == DocumentKinds.Plan)
        {
            Goals(planId);
            Tables(planId);
        }

        Boxes();
        PlacesOfGazetteer();
        return new SourceDocument(documentId, document.FileName, title, document.Sha256, kind);
    }

    /// <summary>The first short line before the first heading that names a plan, interpretation or reply; else the file name.</summary>
    private (string Title, TextPiece? Piece) Title()
    {
        var opening = document.Outline.Children.TakeWhile(n => n.Kind == OutlineKind.Paragraph).Take(4).ToList();
        for (var i = 0; i < opening.Count; i++)
        {
            var text = Canonical.Display(opening[i].Heading);
            if (text.Length <= 80 && (PlanWords().IsMatch(text) || ReplyWords().IsMatch(text)))
            {
                // A title set over several short lines ("《…规划》" / "政策解读") continues on the next one.
                var end = opening[i];
                if (i + 1 < opening.Count && opening[i + 1].Heading.Length <= 8 && !opening[i + 1].Heading.Any(char.IsAsciiDigit))
                {
                    end = opening[i + 1];
                    text += Canonical.Display(end.Heading);
                }

                var piece = new TextPiece(document.NormalizedText[opening[i].SpanStart..end.SpanEnd], opening[i].SpanStart, end.SpanEnd, opening[i].FirstLine, end.LastLine);
                return (text, piece);
            }
        }

        // A plan whose title was lost in conversion is named after the region and period of its indicator table.
        foreach (var table in document.Tables)
        {
            if (RegionPeriod().Match(table.Title) is { Success: true } m)
            {
                return ($"{m.Groups[1].Value}“{m.Groups[2].Value}”规划纲要", table.Header);
            }
        }

        return (Path.GetFileNameWithoutExtension(document.FileName), null);
    }

    private string? DescribedPlan(string title, TextPiece? titlePiece, string kind)
    {
        if (titlePiece is null || kind is DocumentKinds.Reply or DocumentKinds.Other)
        {
            return null;
        }

        // An interpretation describes the plan named in its title's 《…》; a plan document describes itself.
        var name = kind == DocumentKinds.Interpretation && BookTitle().Match(title) is { Success: true } m ? m.Groups[1].Value : title;
        name = Canonical.Display(name);
        var draft = name.Contains("草案", StringComparison.Ordinal);
        var properties = PlanProperties(name);
        properties["status"] = draft ? "draft" : "final";
        var evidence = Evidence.From(titlePiece, "", "plan.title");
        var planId = graph.Node(NodeLabels.Plan, PlanName(name), evidence, properties);
        graph.Relationship(RelationshipTypes.Describes, documentId, planId, evidence);
        return planId;
    }

    private static string PlanName(string name) => DraftMark().Replace(name, "");

    /// <summary>A plan title without a leading city or province and a trailing period: what two citations of one plan share.</summary>
    private static string PlanCore(string name) => PlanPeriodSuffix().Replace(RegionPrefix().Replace(Canonical.Key(name), ""), "");

    private static string LastHeading(string sectionPath)
        => sectionPath.Contains(" > ", StringComparison.Ordinal) ? sectionPath[(sectionPath.LastIndexOf(" > ", StringComparison.Ordinal) + 3)..] : sectionPath;

    private static Dictionary<string, object?> PlanProperties(string name)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Period().Match(name) is { Success: true } p)
        {
            properties["startYear"] = long.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture);
            properties["endYear"] = long.Parse(p.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        else if (name.Contains("十四五", StringComparison.Ordinal) || name.Contains("第十四个五年", StringComparison.Ordinal))
        {
            (properties["startYear"], properties["endYear"]) = (2021L, 2025L);
        }
        else if (name.Contains("十五五", StringComparison.Ordinal) || name.Contains("第十五个五年", StringComparison.Ordinal))
        {
            (properties["startYear"], properties["endYear"]) = (2026L, 2030L);
        }
        else if (name.Contains("十三五", StringComparison.Ordinal) || name.Contains("第十三个五年", StringComparison.Ordinal))
        {
            (properties["startYear"], properties["endYear"]) = (2016L, 2020L);
        }

        properties["level"] = name.Contains("区", StringComparison.Ordinal) && (name.Contains("福田", StringComparison.Ordinal) || name.Contains("区国民经济", StringComparison.Ordinal)) ? "district"
            : name.Contains("深圳市", StringComparison.Ordinal) ? "city"
            : name.Contains("广东省", StringComparison.Ordinal) ? "provincial"
            : name.StartsWith("粤港澳", StringComparison.Ordinal) || name.StartsWith("国家", StringComparison.Ordinal) || name.StartsWith("中国", StringComparison.Ordinal) ? "national" : null;
        return properties;
    }

    /// <summary>《…》 titles of plans, programmes and action plans; 依据/根据 in the sentence makes it a basis.</summary>
    private void CitedPlans(string? planId)
    {
        foreach (var sentence in document.Sentences)
        {
            foreach (Match m in BookTitle().Matches(sentence.Text.Text))
            {
                var name = Canonical.Display(m.Groups[1].Value);
                if (!PlanWords().IsMatch(name) || name.Length < 6)
                {
                    continue;
                }

                var evidence = Evidence.From(sentence.Text, sentence.SectionPath, "plan.cited-title");
                if (planId is not null && graph.NameOf(planId) is { } described && PlanCore(described) == PlanCore(PlanName(name)))
                {
                    // The document's own plan cited with or without its region prefix or period: an alias.
                    graph.Node(NodeLabels.Plan, PlanName(name), evidence with { Rule = "plan.self-citation" }, id: planId);
                    continue;
                }

                var cited = graph.Node(NodeLabels.Plan, PlanName(name), evidence, PlanProperties(name));
                if (cited == planId)
                {
                    continue;
                }

                // 依据 in the sentence, or in the heading of the section listing the titles ("…的主要依据是什么").
                var basis = BasisWords().IsMatch(BookTitle().Replace(sentence.Text.Text, "")) || BasisWords().IsMatch(LastHeading(sentence.SectionPath));
                var type = basis ? RelationshipTypes.BasedOn : RelationshipTypes.Cites;
                if (planId is not null)
                {
                    graph.Relationship(type, planId, cited, evidence);
                }
                else
                {
                    graph.Relationship(RelationshipTypes.Cites, documentId, cited, evidence);
                }
            }
        }
    }

    /// <summary>Task headings of a plan become goals, nested as the outline nests them.</summary>
    private void Goals(string planId)
    {
        Walk(document.Outline, null);

        void Walk(OutlineNode node, string? parentGoal)
        {
            foreach (var child in node.Children.Where(c => c.Kind == OutlineKind.Section))
            {
                var goal = parentGoal;
                var heading = Canonical.Display(child.Heading);
                if (IsGoal(heading))
                {
                    var evidence = Evidence.From(Piece(child), child.SectionPath, "goal.task-heading");
                    goal = graph.Node(NodeLabels.Goal, heading, evidence,
                        new Dictionary<string, object?> { ["sectionPath"] = child.SectionPath, ["numbering"] = child.Numbering },
                        id: StableId.For(NodeLabels.Goal, planId, Canonical.Key(heading)));
                    goalsBySection[child.SectionPath] = goal;
                    if (parentGoal is null)
                    {
                        graph.Relationship(RelationshipTypes.HasGoal, planId, goal, evidence);
                    }
                    else
                    {
                        graph.Relationship(RelationshipTypes.PartOf, goal, parentGoal, evidence);
                    }
                }

                Walk(child, goal);
            }
        }
    }

    private static bool IsGoal(string heading)
        => heading.Length is >= 4 and <= 60 && TaskVerb().IsMatch(heading) && !NotAGoal().IsMatch(heading);

    /// <summary>The goal whose section (or an enclosing one) holds a text.</summary>
    private string? GoalOf(string sectionPath)
    {
        for (var path = sectionPath; path.Length > 0; path = path.Contains(" > ", StringComparison.Ordinal) ? path[..path.LastIndexOf(" > ", StringComparison.Ordinal)] : "")
        {
            if (goalsBySection.TryGetValue(path, out var goal))
            {
                return goal;
            }
        }

        return null;
    }

    /// <summary>
    /// The goal a box serves: the enclosing goal whose wording the box title repeats ("专栏1 建设X重点行动" under
    /// "（一）建设X", even when sub-headings 1./2. come between; the longest shared opening of at least six
    /// characters wins, which tolerates small wording drift), else the goal of the box's own section.
    /// </summary>
    private string? BoxGoal(string sectionPath, string boxTitle)
    {
        var title = Canonical.Key(boxTitle);
        string? best = null;
        var bestLength = 5;
        for (var path = sectionPath; path.Length > 0; path = path.Contains(" > ", StringComparison.Ordinal) ? path[..path.LastIndexOf(" > ", StringComparison.Ordinal)] : "")
        {
            if (goalsBySection.TryGetValue(path, out var goal) && graph.NameOf(goal) is { } name)
            {
                var shared = SharedOpening(title, Canonical.Key(name));
                if (shared > bestLength)
                {
                    (best, bestLength) = (goal, shared);
                }
            }
        }

        return best ?? GoalOf(sectionPath);
    }

    private static int SharedOpening(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }

    /// <summary>Indicator tables: one Indicator per row, baseline and target values as Targets the plan sets.</summary>
    private void Tables(string planId)
    {
        foreach (var table in document.Tables)
        {
            var header = string.Join(" ", table.HeaderRows.SelectMany(r => r).Select(c => c.Text));
            var years = Year().Matches(header).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            var footnotes = string.Join(" ", table.Footnotes.Select(f => f.Text));
            var starYear = StarYear().Match(footnotes) is { Success: true } sy ? long.Parse(sy.Groups[1].Value, CultureInfo.InvariantCulture) : (long?)null;
            foreach (var row in table.Rows)
            {
                Row(table, row, years, starYear, footnotes, planId);
            }
        }
    }

    private void Row(DocumentTable table, TableRow row, List<long> years, long? starYear, string footnotes, string planId)
    {
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
        var (rowFirst, rowLast) = document.Map.Lines(row.Cells[0].SpanStart, row.Cells[^1].SpanEnd);
        var rowPiece = new TextPiece(document.NormalizedText[row.Cells[0].SpanStart..row.Cells[^1].SpanEnd], row.Cells[0].SpanStart, row.Cells[^1].SpanEnd, rowFirst, rowLast);
        var evidence = Evidence.From(rowPiece, path, "indicator.table-row");
        var indicator = graph.Node(NodeLabels.Indicator, name, evidence, new Dictionary<string, object?>
        {
            ["unit"] = unit, ["category"] = row.Category, ["attribute"] = attribute,
        });
        if (GoalOf(path) is { } goal)
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
            var targetEvidence = Evidence.From(cell, path, "target.table-cell");
            var target = graph.Node(NodeLabels.Target, $"{name} {year}年{(kind == "target" ? "目标" : "基数")}", targetEvidence, new Dictionary<string, object?>
            {
                ["kind"] = kind, ["year"] = year, ["value"] = parsed.Value, ["valueText"] = text, ["comparator"] = parsed.Comparator,
                ["unit"] = unit, ["note"] = note, ["indicator"] = name,
            }, id: StableId.For(NodeLabels.Target, indicator, planId, kind, year?.ToString(CultureInfo.InvariantCulture) ?? ""));
            graph.Relationship(RelationshipTypes.Sets, planId, target, targetEvidence);
            graph.Relationship(RelationshipTypes.Of, target, indicator, targetEvidence);
        }
    }

    private static bool IsCategoryPart(string text, string? category)
        => category is not null && text.Length > 0 && category.Contains(text, StringComparison.Ordinal);

    /// <summary>专栏 items: named projects (split on 、 and ；), companies and universities as institutions.</summary>
    private void Boxes()
    {
        foreach (var box in document.Boxes)
        {
            var goal = BoxGoal(box.SectionPath, box.Title);
            var boxPlaces = gazetteer.Find(box.Title).Select(f => f.Place).ToList();
            foreach (var item in box.Items)
            {
                var firstLine = item.Text.Text.Split('\n')[0];
                var (category, names) = ItemNames(firstLine, item.Category);
                var firstEnd = item.Text.SpanStart + firstLine.Length;
                var (first, last) = document.Map.Lines(item.Text.SpanStart, firstEnd);
                var evidence = Evidence.From(new TextPiece(firstLine, item.Text.SpanStart, firstEnd, first, last), box.SectionPath, "project.box-item");
                foreach (var raw in names)
                {
                    var name = Canonical.Display(TrailingEtc().Replace(raw, ""));
                    if (name.Length is < 4 or > 40 || NotAName().IsMatch(name))
                    {
                        continue;
                    }

                    if (InstitutionSuffix().IsMatch(name))
                    {
                        graph.Node(NodeLabels.Institution, name, evidence, new Dictionary<string, object?> { ["type"] = InstitutionType(name), ["listedIn"] = $"专栏{box.Number} {box.Title}" });
                        continue;
                    }

                    var project = graph.Node(NodeLabels.Project, name, evidence, new Dictionary<string, object?> { ["category"] = category ?? ProjectCategory(name), ["box"] = $"专栏{box.Number} {box.Title}" });
                    if (goal is not null)
                    {
                        graph.Relationship(RelationshipTypes.Supports, project, goal, evidence);
                    }

                    // The box title states where its projects are; otherwise a place in the name (not a
                    // city or region: 香港大学深圳医院 is not in Hong Kong).
                    var places = boxPlaces.Count > 0 ? boxPlaces
                        : gazetteer.Find(name).Select(f => f.Place).Where(p => p.Type is not ("region" or "city")).ToList();
                    foreach (var place in places)
                    {
                        graph.Relationship(RelationshipTypes.LocatedIn, project, PlaceNode(place, evidence), evidence);
                    }
                }
            }
        }
    }

    /// <summary>A run-in category ("医疗科技。A、B" or "绿色金融：A、B") and the names listed after it.</summary>
    private static (string? Category, IReadOnlyList<string> Names) ItemNames(string line, string? boxCategory)
    {
        var separator = line.IndexOfAny(['。', '：', ':']);
        if (separator is > 0 and <= 10 && separator < line.Length - 1)
        {
            var list = line[(separator + 1)..];
            var names = ListSeparators().Split(list).Select(n => ActionVerbs().Replace(n.Trim(), "")).Where(n => n.Length > 0).ToList();
            return (line[..separator].Trim(), names);
        }

        return (boxCategory, [line.TrimEnd('。')]);
    }

    private void PlacesOfGazetteer()
    {
        foreach (var sentence in document.Sentences)
        {
            foreach (var (place, _, _) in gazetteer.Find(sentence.Text.Text))
            {
                PlaceNode(place, Evidence.From(sentence.Text, sentence.SectionPath, "place.gazetteer"));
            }
        }
    }

    /// <summary>A gazetteer place and, once, its chain of containing places.</summary>
    private string PlaceNode(GazetteerPlace place, Evidence evidence)
    {
        var id = graph.Node(NodeLabels.Place, place.Name, evidence, new Dictionary<string, object?> { ["type"] = place.Type, ["code"] = place.Code }, aliases: place.Aliases);
        if (place.Parent is { } parentName && gazetteer.Places.FirstOrDefault(p => p.Name == parentName) is { } parent)
        {
            var parentId = PlaceNode(parent, evidence with { Rule = "place.gazetteer-containment" });
            graph.Relationship(RelationshipTypes.PartOf, id, parentId, evidence with { Rule = "place.gazetteer-containment" });
        }

        return id;
    }

    private static string InstitutionType(string name)
        => name.EndsWith("大学", StringComparison.Ordinal) || name.EndsWith("学院", StringComparison.Ordinal) ? "university"
            : name.Contains("医院", StringComparison.Ordinal) ? "hospital" : "enterprise";

    private static string ProjectCategory(string name)
        => name.EndsWith("行动", StringComparison.Ordinal) ? "action"
            : name.EndsWith("计划", StringComparison.Ordinal) || name.EndsWith("工程", StringComparison.Ordinal) ? "programme"
            : name.Contains("平台", StringComparison.Ordinal) ? "platform"
            : name.EndsWith("中心", StringComparison.Ordinal) || name.EndsWith("设施", StringComparison.Ordinal) ? "facility" : "project";

    private TextPiece Piece(OutlineNode node)
        => new(document.NormalizedText[node.SpanStart..node.SpanEnd], node.SpanStart, node.SpanEnd, node.FirstLine, node.LastLine);

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,12}?)[“""]?(十[一二三四五六七八九]五)[”""]?")]
    private static partial Regex RegionPeriod();

    // Clauses rather than names: they hold sentence punctuation, start with a preposition or end in 的.
    [GeneratedRegex(@"[。，,]|^(依托|采用|沿|以|通过|围绕|按照|在|对|由|将)|的$")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"规划|纲要|方案|计划|行动|政策")]
    private static partial Regex PlanWords();

    [GeneratedRegex(@"答复|回复|复函|建议的")]
    private static partial Regex ReplyWords();

    [GeneratedRegex(@"《([^《》]{2,80})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"依据|根据|按照|贯彻落实")]
    private static partial Regex BasisWords();

    [GeneratedRegex(@"[（(]?草案[)）]?")]
    private static partial Regex DraftMark();

    [GeneratedRegex(@"(\d{4})\s*[-—至~]\s*(\d{4})\s*年?")]
    private static partial Regex Period();

    [GeneratedRegex(@"^(打造|规划建设|建设|建成|推动|推进|提升|加快|构建|完善|发展|实施|强化|促进|培育|优化|深化|加强|营造|集聚|拓展|夯实|筑牢|坚持|突出|引进|健全|创新|支持|提高|扩大|增强|做强|做优|聚焦|全力|着力|高标准|高质量|大力|积极|持续|全面|共建|开展|探索|鼓励|保障|塑造|彰显|激发|畅通|深入)")]
    private static partial Regex TaskVerb();

    [GeneratedRegex(@"^(发展成绩|发展环境|发展基础|发展机遇|面临挑战|指导思想|基本原则|发展目标|保障措施|总体要求)$")]
    private static partial Regex NotAGoal();

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

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,3}[省市](?=\p{IsCJKUnifiedIdeographs}{2,3}[区县])")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"（\d{4}-\d{4}年?）$")]
    private static partial Regex PlanPeriodSuffix();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[、；;]")]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"^(推动|加快建设|加快|建设|打造|引进|推进|支持|布局|落地|谋划|筹建|举办|设立)")]
    private static partial Regex ActionVerbs();

    [GeneratedRegex(@"(等(项目|平台|机构)?|项目落地|落地)$")]
    private static partial Regex TrailingEtc();

    [GeneratedRegex(@"(有限公司|有限责任公司|股份公司|集团|大学|学院|医院)$")]
    private static partial Regex InstitutionSuffix();
}
