using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules;
using PlanGraph.Extraction.Rules.Plans;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>The rules applied to one document; each rule id names what produced a fact.</summary>
internal sealed partial class DocumentExtraction(IngestedDocument document, GraphAccumulator graph, Gazetteer gazetteer, InstitutionLexicon lexicon, AliasTable aliases)
{
    private readonly InstitutionFinder institutions = new(lexicon, gazetteer);
    private string title = string.Empty;
    private readonly string documentId = StableId.ForDocument(document.FileName);
    private readonly Dictionary<string, string> goalsBySection = new(StringComparer.Ordinal);
    private List<(GazetteerPlace Place, string Form, int Index)>[]? placeMatches;
    private IReadOnlyList<InstitutionMention>[]? institutionMatches;
    private Rules.Institutions.IssuingRegion issuingRegion = Rules.Institutions.IssuingRegion.None;
    private EvidenceFactory Evidence => new(documentId, document.Map);
    private DocumentRegion? region;

    public SourceDocument Run()
    {
        var metadata = DocumentMetadataReader.Read(document, gazetteer);
        (title, var titlePiece) = ChooseTitle(metadata);
        var fromMetadata = metadata.Title is not null && title == metadata.Title;
        var issued = fromMetadata ? metadata.Issued : titlePiece is null ? [] : [(title, titlePiece)];
        var kind = title.Contains("解读", StringComparison.Ordinal) ? DocumentKinds.Interpretation
            : ReplyWords().IsMatch(title) ? DocumentKinds.Reply
            : metadata.Kind ?? MainKind(issued) ?? PlanNaming.Kind(title) ?? (PlanWords().IsMatch(title) ? DocumentKinds.Plan : DocumentKinds.Other);
        var described = DescribedPlans(title, titlePiece, kind, issued, metadata.Issuer);
        var planId = described.Count == 0 ? null
            : described.FirstOrDefault(id => PlanNaming.Kind(graph.NameOf(id)!) == DocumentKinds.Plan) ?? described[0];
        var (date, issuer, statedStart, statedEnd) = DocumentDating.Read(document.NormalizedText);
        if (metadata.Date is not null)
        {
            (date, issuer) = (metadata.Date, metadata.Issuer);
        }

        // The region is the title's and issuer's; a title lost to the file name leaves the document's opening lines.
        region = gazetteer.RegionOf(title + "\n" + issuer) ?? gazetteer.RegionOf(document.NormalizedText[..Math.Min(200, document.NormalizedText.Length)]);
        if (metadata.Date is null && planId is not null && date is not null)
        {
            // The plan's date (and issuer) are its text's: a draft's cover date is the draft's.
            var (first, last) = document.Map.Lines(statedStart, statedEnd);
            var stated = new TextPiece(document.NormalizedText[statedStart..statedEnd], statedStart, statedEnd, first, last);
            graph.Node(NodeLabels.Plan, graph.NameOf(planId)!, Evidence.From(stated, string.Empty, "plan.date"),
                new Dictionary<string, object?> { ["date"] = date, ["issuer"] = issuer }, id: planId);
        }

        issuer ??= metadata.Issuer;
        var context = new DocumentContext(document, graph, gazetteer, lexicon, aliases, documentId)
        {
            Title = title, Kind = kind, PlanId = planId, Date = date, Issuer = issuer, Metadata = metadata, DescribedPlanIds = described, GoalsBySection = goalsBySection, Region = region,
        };
        issuingRegion = context.IssuingRegion;
        RuleRegistry.Run(RuleStage.Plan, context);
        planId = context.PlanId;

        if (planId is not null && kind is not (DocumentKinds.Interpretation or DocumentKinds.Reply or DocumentKinds.Other))
        {
            Goals(planId);
            Tables(planId);
        }

        if (planId is not null && kind is not (DocumentKinds.Reply or DocumentKinds.Other))
        {
            InlineTargets(planId);
            RestatedMeasures();
        }

        RuleRegistry.Run(RuleStage.Measures, context);
        Boxes();
        if (planId is not null)
        {
            BodyProjects();
            SentenceInvolvement();
        }

        context.BoxGoals = boxGoals;
        context.BoxItemProjects = boxItemProjects;
        RuleRegistry.Run(RuleStage.Items, context);
        Institutions();
        PlacesOfGazetteer();
        PlacesBySuffix();
        RuleRegistry.Run(RuleStage.Entities, context);
        RuleRegistry.Run(RuleStage.Relations, context);
        return new SourceDocument(documentId, document.FileName, context.Title, document.Sha256, context.Kind) { Date = context.Date, Issuer = context.Issuer, DocNumber = context.DocNumber, TextSha256 = document.TextSha256, Text = document.OriginalText };
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

    /// <summary>
    /// The title: a notice's or front matter's (Rules/Plans/DocumentMetadataReader), else the first short line
    /// naming a plan, unless the metadata reader's heading holds that line (a title set over two lines) or
    /// the line was not found at all (a work report, an opinion's title the plan words miss) or lies in a
    /// website's or database's wrapper.
    /// </summary>
    private (string Title, TextPiece? Piece) ChooseTitle(DocumentMetadata metadata)
    {
        if (metadata.Title is { } read && metadata.TitleSource is "notice" or "front-matter")
        {
            return (read, metadata.TitlePiece);
        }

        var legacy = Title();
        if (metadata.Title is { } heading && metadata.TitlePiece is { } piece
            && (legacy.Piece is null || metadata.InWrapper(legacy.Piece.SpanStart) || (piece.SpanStart <= legacy.Piece.SpanStart && piece.SpanEnd >= legacy.Piece.SpanEnd && heading.Length > legacy.Title.Length)))
        {
            return (heading, piece);
        }

        return legacy;
    }

    /// <summary>The kind of the main document a notice issues (a plan before measures), or null.</summary>
    private static string? MainKind(IReadOnlyList<(string Title, TextPiece Piece)> issued)
    {
        var kinds = issued.Select(i => PlanNaming.Kind(i.Title)).OfType<string>().ToList();
        return kinds.Contains(DocumentKinds.Plan) ? DocumentKinds.Plan : kinds.FirstOrDefault();
    }

    /// <summary>
    /// The plans the document describes: an interpretation the plan in its title's 《…》; a plan or policy
    /// document itself, or every document its notice issues (若干政策 + 行动计划).
    /// </summary>
    private List<string> DescribedPlans(string title, TextPiece? titlePiece, string kind, IReadOnlyList<(string Title, TextPiece Piece)> issued, string? issuer)
    {
        if (titlePiece is null || kind is DocumentKinds.Reply or DocumentKinds.Other)
        {
            return [];
        }

        var plans = kind == DocumentKinds.Interpretation
            ? [(BookTitle().Match(title) is { Success: true } m ? m.Groups[1].Value : title, titlePiece)]
            : issued.Count > 0 ? issued : [(title, titlePiece)];
        var ids = new List<string>();
        foreach (var (raw, piece) in plans)
        {
            var name = Canonical.Display(raw);
            var properties = PlanNaming.Properties(name, issuer);
            properties["status"] = name.Contains("草案", StringComparison.Ordinal) ? "draft" : "final";
            var evidence = Evidence.From(piece, "", "plan.title");
            var planId = graph.Node(NodeLabels.Plan, PlanName(name), evidence, properties, aliases: PlanNaming.ShortNames(PlanName(name)));
            graph.Relationship(RelationshipTypes.Describes, documentId, planId, evidence);
            ids.Add(planId);
        }

        return ids;
    }

    private static string PlanName(string name) => DraftMark().Replace(name, "");

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

    /// <summary>Indicator tables: one Indicator per row, baseline and target values as Targets the plan sets.</summary>
    private void Tables(string planId)
    {
        // Tables read as a cell stream (主要指标 tables without 表 N) are rule target.indicator-table's.
        foreach (var table in document.Tables.Where(t => !t.CellStream))
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
        (name, var indicatorAliases) = IndicatorName(name);
        var indicator = graph.Node(NodeLabels.Indicator, name, evidence, aliases: indicatorAliases, properties: new Dictionary<string, object?>
        {
            ["unit"] = unit, ["category"] = row.Category, ["attribute"] = attribute,
        });
        tableIndicators.Add((indicator, [name, .. indicatorAliases, rawName]));

        // The indicator keeps the first table's unit; every table's unit is listed, each Target has its own.
        graph.AddToList(indicator, "units", unit);
        foreach (var goal in RowGoals(table, row, years.Count > 0 ? years[^1] : null))
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
                ["unit"] = unit, ["category"] = row.Category, ["note"] = note, ["indicator"] = name,
            }, id: StableId.For(NodeLabels.Target, indicator, planId, kind, year?.ToString(CultureInfo.InvariantCulture) ?? ""));
            graph.Relationship(RelationshipTypes.Sets, planId, target, targetEvidence);
            graph.Relationship(RelationshipTypes.Of, target, indicator, targetEvidence);
        }
    }

    private static bool IsCategoryPart(string text, string? category)
        => category is not null && text.Length > 0 && category.Contains(text, StringComparison.Ordinal);

    /// <summary>专栏 items: named projects (split on 、 and ；), companies and universities as institutions.</summary>
    private readonly Dictionary<ContentBox, string?> boxGoals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoxItem, IReadOnlyList<string>> boxItemProjects = new(ReferenceEqualityComparer.Instance);

    private void Boxes()
    {
        foreach (var box in document.Boxes)
        {
            var goal = BoxGoal(box);
            boxGoals[box] = goal;
            var boxPlaces = Places(box.Title).Select(f => f.Place).ToList();
            foreach (var item in box.Items)
            {
                var firstLine = item.Text.Text.Split('\n')[0];
                var (category, names) = ItemNames(firstLine, item.Category);
                var prose = firstLine.AsSpan().IndexOfAny('，', ',') >= 0;
                // Only the item's own paragraph: the last item of a box can run on into the body text after it.
                var involved = prose ? institutions.Find(firstLine) : [];
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
                            var institution = InstitutionNode(mention, itemEvidence);
                            graph.Relationship(RelationshipTypes.Involves, project, institution, itemEvidence,
                                new Dictionary<string, object?> { ["role"] = InstitutionFinder.RoleBefore(firstLine, mention.Start) });
                        }
                    }

                    if (goal is not null)
                    {
                        graph.Relationship(RelationshipTypes.Supports, project, goal, evidence);
                    }

                    // The box title states where its projects are; otherwise a place in the name (not a
                    // city or region: 香港大学深圳医院 is not in Hong Kong).
                    var places = boxPlaces.Count > 0 ? boxPlaces
                        : Places(name).Select(f => f.Place).Where(p => p.Type is not ("region" or "city")).ToList();
                    foreach (var place in places)
                    {
                        graph.Relationship(RelationshipTypes.LocatedIn, project, PlaceNode(place, evidence), evidence);
                    }
                }
            }
        }
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
        var separator = line.IndexOfAny(['。', '：', ':']);
        if (separator <= 0 || separator >= line.Length - 1)
        {
            return (boxCategory, [StripActionVerbs(line.TrimEnd('。'))]);
        }

        var title = line[..separator].Trim();
        var body = line[(separator + 1)..];
        var prose = body.AsSpan().IndexOfAny('，', ',') >= 0;
        if (!prose && separator <= 10)
        {
            return (title, [.. ListSeparators().Split(body).Select(n => StripActionVerbs(n.Trim().TrimEnd('。'))).Where(n => n.Length > 0)]);
        }

        var names = new List<string>();
        var titleName = StripActionVerbs(title);
        // A title naming its subject in quotes ("打造梅林片区“深圳智谷”") names a project too.
        var titleIsProject = ProjectSuffix().IsMatch(titleName) || (titleName.EndsWith('”') && titleName.Contains('“', StringComparison.Ordinal) && titleName.Length <= 40);
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

    /// <summary>
    /// The named projects in one clause of prose: what follows its last building verb ("分两期建设X" → X), cut
    /// before a generic plural ("X等一批国家级平台" → X), split on 和/及/与 when both sides are names; generic
    /// kinds ("国家重点实验室", "一批…平台") and descriptions ("…的…") are not names.
    /// </summary>
    /// <param name="inList">The clause is one of several separated by 、, where short names ("侨安小学") are usual.</param>
    private static IEnumerable<string> ClauseNames(string clause, bool inList)
    {
        var text = clause.Trim().TrimEnd('。');

        // "依托X" / "联合X" names who takes part (see INVOLVES), not a project, unless something is built.
        if (ReliesOn().IsMatch(text) && !BuildVerb().IsMatch(text))
        {
            yield break;
        }

        if (BuildVerb().Matches(text) is { Count: > 0 } verbs)
        {
            var last = verbs[^1];
            text = text[(last.Index + last.Length)..];
        }

        text = GenericPlural().Replace(StripActionVerbs(text), "");
        text = TrailingEtc().Replace(text, "");
        var parts = Conjunction().Split(text);
        IEnumerable<string> candidates = parts.Length > 1 && parts.All(p => ProjectSuffix().IsMatch(p)) ? parts : [text];
        foreach (var candidate in candidates.Select(c => c.Trim()))
        {
            if (candidate.Length >= (inList ? 4 : 6) && ProjectSuffix().IsMatch(candidate) && !GenericKind().IsMatch(candidate)
                && !candidate.Contains('的', StringComparison.Ordinal) && !VerbInside().IsMatch(candidate))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Removes leading verbs ("加快建设", "探索建设", "新建") however many are stacked.</summary>
    private static string StripActionVerbs(string text)
    {
        var name = text.Trim();
        while (ActionVerbs().Match(name) is { Success: true, Length: > 0 } verb && verb.Length < name.Length)
        {
            name = name[verb.Length..].TrimStart();
        }

        return name;
    }

    /// <summary>
    /// Targets a plan states in sentences: "到2025年，X达到N单位" and its kin (突破, 增至, 超过, 提高到…, "从M增至N"
    /// for a baseline). The indicator is named by the words before the verb in the clause; it is the table's
    /// indicator when the names agree, and the target merges with the table's when plan, kind and year agree.
    /// </summary>
    private void InlineTargets(string planId)
    {
        foreach (var (sentence, year, rest) in DatedSentences())
        {
            var evidence = Evidence.From(sentence.Text, sentence.SectionPath, "target.sentence");
            string? previous = null;
            foreach (var clause in TargetClauses().Split(rest))
            {
                if (InlineTarget().Match(clause) is not { Success: true } m)
                {
                    continue;
                }

                var name = QualifiedName(Canonical.Display(HeadWords.Value.TargetLead.Replace(m.Groups["name"].Value, "")).Trim(), previous);
                previous = name;
                if (name.Length is < 4 or > 30 || NotAnIndicator().IsMatch(name))
                {
                    continue;
                }

                var unit = m.Groups["unit"].Value;
                (name, var indicatorAliases) = IndicatorName(name);
                var indicator = graph.Node(NodeLabels.Indicator, name, evidence with { Rule = "indicator.sentence" }, new Dictionary<string, object?> { ["unit"] = unit }, aliases: indicatorAliases);
                graph.AddToList(indicator, "units", unit);

                // A restated table indicator is linked by RestatedMeasures, not under this clause's wording.
                if (RestatedIndicator(clause) is null && MeasuredGoal(sentence) is { } goal)
                {
                    graph.Relationship(RelationshipTypes.MeasuredBy, goal, indicator, evidence with { Rule = "indicator.sentence" });
                }

                if (m.Groups["from"].Success)
                {
                    // "从2020年的1430家增至1800家" dates its baseline; "从43家增至600家" does not.
                    long? since = m.Groups["since"].Success ? long.Parse(m.Groups["since"].Value, CultureInfo.InvariantCulture) : null;
                    Add("baseline", since, m.Groups["from"].Value + unit, "=");
                }

                var comparator = m.Groups["after"].Value switch
                {
                    "以上" => "≥",
                    "以内" => "≤",
                    "左右" => "≈",
                    _ => m.Groups["verb"].Value is "突破" or "超过" or "超" ? ">" : m.Groups["verb"].Value is "不低于" ? "≥" : "=",
                };
                Add("target", year, m.Groups["value"].Value + unit + m.Groups["after"].Value, comparator);

                void Add(string kind, long? when, string valueText, string comparator)
                {
                    var parsed = TargetValue.Parse(valueText);
                    var target = graph.Node(NodeLabels.Target, $"{name} {(when is null ? "" : when + "年")}{(kind == "target" ? "目标" : "基数")}", evidence, new Dictionary<string, object?>
                    {
                        ["kind"] = kind, ["year"] = when, ["value"] = parsed.Value, ["valueText"] = valueText, ["comparator"] = comparator,
                        ["unit"] = unit, ["indicator"] = name,
                    }, id: StableId.For(NodeLabels.Target, indicator, planId, kind, when?.ToString(CultureInfo.InvariantCulture) ?? ""));
                    graph.Relationship(RelationshipTypes.Sets, planId, target, evidence);
                    graph.Relationship(RelationshipTypes.Of, target, indicator, evidence);
                }
            }
        }
    }

    /// <summary>An indicator's canonical name from the alias table, with the name as written kept as an alias.</summary>
    private (string Name, string[] Aliases) IndicatorName(string name)
        => aliases.CanonicalOf(NodeLabels.Indicator, name) is { } canonical ? (canonical, [name]) : (name, []);

    /// <summary>
    /// Projects named in running text: a clause that builds something (建设, 打造, 搭建, 筹建, 建成 …) and
    /// names a facility, platform or centre with a proper head (a place, region or known name: 深圳金融文化中心,
    /// 香蜜湖国际交流中心), read with the box-prose clause rules. Kinds (一批…平台) and bare types stay out.
    /// The project supports the goal whose section holds the sentence.
    /// </summary>
    private void BodyProjects()
    {
        foreach (var sentence in document.Sentences)
        {
            foreach (var clause in ClauseSeparators().Split(sentence.Text.Text))
            {
                if (!BuildVerb().IsMatch(clause))
                {
                    continue;
                }

                var listed = clause.Split('、');
                foreach (var name in listed.SelectMany(item => ClauseNames(item, inList: listed.Length > 1)).Where(n => n.Length >= 6 && HeadWords.Value.ProperProjectHead.IsMatch(n)))
                {
                    // Institutions, designations (…示范区), mechanisms, "X等…" kinds and gazetteer places are not
                    // projects of the running text.
                    if (InstitutionSuffix().IsMatch(name) || NotABodyProject().IsMatch(name) || name.Contains('等', StringComparison.Ordinal)
                        || Places(name).Any(f => f.Form.Length == name.Length))
                    {
                        continue;
                    }

                    var evidence = Evidence.From(sentence.Text, sentence.SectionPath, "project.sentence");
                    var project = graph.Node(NodeLabels.Project, name, evidence, new Dictionary<string, object?> { ["category"] = ProjectCategory(name) });
                    if (GoalOf(sentence.SectionPath) is { } goal)
                    {
                        graph.Relationship(RelationshipTypes.Supports, project, goal, evidence);
                    }
                }
            }
        }
    }

    /// <summary>Institutions named in the running text (the lexicon, then institution suffixes).</summary>
    private void Institutions()
    {
        var names = InstitutionMatches();
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            foreach (var mention in names[i])
            {
                InstitutionNode(mention, Evidence.From(sentence.Text, sentence.SectionPath, "institution.text"));
            }
        }

        // Signature lines ("福田区科技创新局" under a reply) are paragraphs without a sentence end.
        foreach (var paragraph in document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Paragraph && n.Heading.Length <= 30))
        {
            foreach (var mention in institutions.Find(paragraph.Heading))
            {
                InstitutionNode(mention, Evidence.From(Piece(paragraph), paragraph.SectionPath, "institution.text"));
            }
        }
    }

    /// <summary>
    /// An institution node. "区科技创新局" in a district's document is that district's bureau: it takes the
    /// district's name (福田区科技创新局) and keeps the short form as an alias.
    /// </summary>
    private string InstitutionNode(InstitutionMention mention, Evidence evidence)
    {
        var name = mention.Name;
        var aliases = mention.Aliases;
        if (mention.Type == "government" && name.Length > 3 && (name[0] == '区' || name[0] == '市') && HomeRegion(name[0] == '区' ? "district" : "city") is { } region)
        {
            (name, aliases) = (region + name[1..], [name, .. aliases]);
        }
        else if (mention.Type == "government")
        {
            // Elsewhere the issuing region names the body (省财政厅 in a province's plan: Rules/Institutions).
            var (resolved, written) = Rules.Institutions.InstitutionNaming.Resolve(name, issuingRegion);
            (name, aliases) = (resolved, [.. written, .. aliases]);
        }

        return graph.Node(NodeLabels.Institution, name, evidence, new Dictionary<string, object?> { ["type"] = mention.Type }, aliases: aliases);
    }

    /// <summary>Places a text of this document names, read in the document's region.</summary>
    private IEnumerable<(GazetteerPlace Place, string Form, int Index)> Places(string text) => gazetteer.Find(text, region);

    /// <summary>The district (or city) the document's title names, from the gazetteer.</summary>
    private string? HomeRegion(string type)
        => Places(title).Select(f => f.Place).FirstOrDefault(p => p.Type == type) is { } place ? place.Name
            : type == "city" && Places(title).Select(f => f.Place).FirstOrDefault(p => p.Type == "district") is { Parent: { } parent } ? parent : null;

    /// <summary>The gazetteer's matches in each sentence (by the sentence's index), found once for every place rule.</summary>
    private List<(GazetteerPlace Place, string Form, int Index)>[] PlaceMatches()
    {
        var names = InstitutionMatches();
        return placeMatches ??= [.. document.Sentences.Select((s, i) => OutsideInstitutions(Places(s.Text.Text).ToList(), names[i]))];
    }

    /// <summary>The institutions named in each sentence (by the sentence's index), found once for the place and institution rules.</summary>
    private IReadOnlyList<InstitutionMention>[] InstitutionMatches()
        => institutionMatches ??= [.. document.Sentences.Select(s => institutions.Find(s.Text.Text))];

    /// <summary>
    /// A place named only inside an institution's name (广州 in 广州中医药大学, 深圳 in 深圳大学) is part of that
    /// name, not a mention of the place.
    /// </summary>
    private static List<(GazetteerPlace Place, string Form, int Index)> OutsideInstitutions(List<(GazetteerPlace Place, string Form, int Index)> matches, IReadOnlyList<InstitutionMention> names)
        => names.Count == 0 || matches.Count == 0 ? matches
            : matches.FindAll(m => !names.Any(n => n.Start <= m.Index && m.Index + m.Form.Length <= n.End && n.End - n.Start > m.Form.Length));

    private void PlacesOfGazetteer()
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var matches = PlaceMatches();
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            foreach (var (place, _, _) in matches[i])
            {
                PlaceNode(place, Evidence.From(sentence.Text, sentence.SectionPath, "place.gazetteer"));
                named.Add(place.Name);
            }
        }

        // Places a 专栏 box names in its items (专栏9's 华富街道), which are not sentences of the body.
        foreach (var box in document.Boxes)
        {
            foreach (var piece in box.Items.Select(i => i.Text).Prepend(box.Header))
            {
                foreach (var (place, _, _) in OutsideInstitutions(Places(piece.Text).ToList(), institutions.Find(piece.Text)))
                {
                    PlaceNode(place, Evidence.From(piece, box.SectionPath, "place.gazetteer"));
                    named.Add(place.Name);
                }
            }
        }

        // Context aliases: "合作区" is the 河套 zone in a document that names the zone, where no longer
        // gazetteer name (深汕特别合作区, 合作区深圳园区) covers those characters.
        foreach (var (_, alias, canonicalName, context) in aliases.Entries.Where(e => e.Label == NodeLabels.Place && e.Context == "same-document" && named.Contains(e.Canonical)))
        {
            var place = gazetteer.Named(canonicalName)!;
            for (var i = 0; i < document.Sentences.Count; i++)
            {
                var sentence = document.Sentences[i];
                var text = sentence.Text.Text;
                if (!text.Contains(alias, StringComparison.Ordinal))
                {
                    continue;
                }

                var covered = new bool[text.Length];
                // Only a longer name wins (深汕特别合作区 over 合作区); a shorter one inside the alias (深圳 in 深圳园区) does not.
                foreach (var (_, form, index) in matches[i].Where(m => m.Form.Length > alias.Length))
                {
                    covered.AsSpan(index, form.Length).Fill(true);
                }

                for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = text.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
                {
                    if (!covered.AsSpan(at, alias.Length).Contains(true))
                    {
                        PlaceNode(place, Evidence.From(sentence.Text, sentence.SectionPath, "place.context-alias"));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Places outside the gazetteer named after one inside it (see <see cref="SuffixPlaces"/>), inside that place.</summary>
    private void PlacesBySuffix()
    {
        var projects = graph.Nodes.Where(n => n.Label == NodeLabels.Project).SelectMany(n => n.Aliases.Append(n.Name)).ToHashSet(StringComparer.Ordinal);
        var matches = PlaceMatches();
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            var found = SuffixPlaces.Find(sentence.Text.Text, matches[i], gazetteer, projects.Contains, region).ToList();
            foreach (var candidate in found)
            {
                var evidence = Evidence.From(sentence.Text, sentence.SectionPath, "place.suffix");
                var id = graph.Node(NodeLabels.Place, candidate.Name, evidence, new Dictionary<string, object?> { ["type"] = candidate.Type, ["source"] = "suffix" });
                var anchor = PlaceNode(candidate.Anchor, evidence with { Rule = "place.suffix-anchor" });
                graph.Relationship(RelationshipTypes.PartOf, id, anchor, evidence with { Rule = "place.suffix-containment" });
            }

            foreach (var coordinate in SuffixPlaces.Coordinated(sentence.Text.Text, matches[i], found, gazetteer, projects.Contains, region))
            {
                var evidence = Evidence.From(sentence.Text, sentence.SectionPath, "place.coordinated");
                var id = graph.Node(NodeLabels.Place, coordinate.Name, evidence, new Dictionary<string, object?> { ["type"] = coordinate.Type, ["source"] = "coordination" });
                if (coordinate.Container is { } container)
                {
                    graph.Relationship(RelationshipTypes.PartOf, id, PlaceNode(container, evidence with { Rule = "place.coordinated-anchor" }), evidence with { Rule = "place.coordinated-containment" });
                }
            }
        }
    }

    /// <summary>A gazetteer place and, once, its chain of containing places.</summary>
    private string PlaceNode(GazetteerPlace place, Evidence evidence)
    {
        // A name several divisions share (新华街道) is one node per division.
        var id = graph.Node(NodeLabels.Place, place.Name, evidence, new Dictionary<string, object?> { ["type"] = place.Type, ["code"] = place.Code }, aliases: place.Aliases,
            id: place.SharesName ? StableId.For(NodeLabels.Place, Canonical.Key(place.Name), place.Key) : null);
        if (gazetteer.ParentOf(place) is { } parent)
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

    [GeneratedRegex(@"[（(]?草案[)）]?")]
    private static partial Regex DraftMark();

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

    [GeneratedRegex(@"[、；;]")]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"^(重点|积极|持续|率先|大力|全力|加快|推动|推进|探索|支持|深化|规划|布局|实施|实行|开展|谋划|争取|引进|引入|引导|鼓励|依托|创新实施|打造|建设|建成|建立|搭建|筹建|新建|改建|扩建|改扩建|举办|设立|设置|成立|创建|构建|组建|联合|落地|聚焦|集聚|培育|并)+")]
    private static partial Regex ActionVerbs();

    // How named projects, facilities, platforms and programmes end (a general lexicon, not any document's names).
    [GeneratedRegex(@"(中心|分中心|平台|设施|基地|数据库|资源库|项目库|实验室|研究院|研究所|分院|产业园|园区|工程|项目|系统|载体|街区|楼宇|枢纽|学校|小学|中学|幼儿园|校区|综合体|示范区|试验区|口岸|碧道|通道|号线|支线|计划|行动|机制|管理制|试点|联盟)(（[^）]{1,12}）)?$")]
    private static partial Regex ProjectSuffix();

    [GeneratedRegex(@"[，,。；;]")]
    private static partial Regex ClauseSeparators();

    // A clause that still holds a verb after the leading ones are stripped describes an activity, not a name.
    [GeneratedRegex(@"(承担|辐射|孵化|提升|满足|实现|参与|规格)")]
    private static partial Regex VerbInside();

    // A target date: not 截至 (a status "as of"), not a period's end (2020年至2024年, 2018 到 2020 年) nor a value's year (增至2025年的…).
    [GeneratedRegex(@"(?<!截|增|年\s*|\d\s*)(?:到|至)\s*(20\d\d)\s*年(?!的)(?:底|末)?[，,]?")]
    private static partial Regex TargetYear();

    [GeneratedRegex(@"[，,；;、]")]
    private static partial Regex TargetClauses();

    // "X达到55%", "X突破1800亿元", "X从43家增至600家以上": the words before the verb name the indicator.
    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z（）()]{2,30}?)(?:从(?:(?<since>(?:19|20)\d{2})年的?)?(?<from>\d+(?:\.\d+)?)\k<unit>?\S{0,4}?)?(?:力争|争取)?(?<verb>力争达到|达到|提高到|提高至|提升到|提升至|增长到|增长至|递增到|递增至|增至|新增|提升|突破|超过|不低于|达|超)(?<value>\d+(?:\.\d+)?)(?<unit>%|万亿元|亿美元|亿元|万元|元|万平方米|平方米|万人次|亿人次|人次|家|个|张|人|场|所|座|项|公里|辆|户|套)(?<after>以上|以内|左右)?")]
    private static partial Regex InlineTarget();


    // Clauses that name an action or a place rather than a measured quantity.
    [GeneratedRegex(@"^(引进|举办|开展|建设|打造|推动|实现|形成|新建|完成)|的$")]
    private static partial Regex NotAnIndicator();

    [GeneratedRegex(@"(研究院|研究所|实验室|示范区|试验区|先行区|机制|制度|联盟|园区)$|^(“|国家级)")]
    private static partial Regex NotABodyProject();


    [GeneratedRegex(@"^(重点|主要)?(依托|联合|携手|会同|由)")]
    private static partial Regex ReliesOn();

    [GeneratedRegex(@"(建设|打造|搭建|建成|建立|设立|组建|创建|构建|筹建|引入|引进|布局|新建|改建|扩建)")]
    private static partial Regex BuildVerb();

    // "X等一批…", "X等12所学校", "X等国家重要平台": the name is X.
    [GeneratedRegex(@"等(一批|若干|多个|各类|\d+|[一二三四五六七八九十]+[所个家项]|国家|省|市|重点).*$")]
    private static partial Regex GenericPlural();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}{3})[和及与](?=\p{IsCJKUnifiedIdeographs}{3})")]
    private static partial Regex Conjunction();

    // A kind of thing rather than a named one.
    [GeneratedRegex(@"^(一批|一个|若干|各类|各级|现有|周边|包括|相关|国际化)|^(国家|省级|市级|国家级)?(重点|工程|技术|产业|科技)?(实验室|研究中心|创新中心|工程实验室|技术中心|基础设施|研发计划|平台)$|^\p{IsCJKUnifiedIdeographs}{0,2}(平台|中心|基地|工程|项目|系统|机制)$")]
    private static partial Regex GenericKind();

    [GeneratedRegex(@"(等(项目|平台|机构)?|项目落地|落地)$")]
    private static partial Regex TrailingEtc();

    [GeneratedRegex(@"(有限公司|有限责任公司|股份公司|集团|大学|学院|医院)$")]
    private static partial Regex InstitutionSuffix();
}
