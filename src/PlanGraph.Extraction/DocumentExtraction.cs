using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules;
using PlanGraph.Extraction.Rules.Plans;
using PlanGraph.Ingestion;
using static PlanGraph.Extraction.Rules.Items.ProjectNames;

namespace PlanGraph.Extraction;

/// <summary>The rules applied to one document; each rule id names what produced a fact.</summary>
internal sealed partial class DocumentExtraction(IngestedDocument document, GraphAccumulator graph, Gazetteer gazetteer, InstitutionLexicon lexicon, AliasTable aliases)
{
    private readonly InstitutionFinder institutions = new(lexicon, gazetteer);
    private string title = string.Empty;
    private readonly string documentId = StableId.ForDocument(document.FileName);
    private DocumentContext? context;
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
        var mentions = new MentionIndex(document, institutions, gazetteer, region);
        context = new DocumentContext(document, graph, gazetteer, lexicon, aliases, documentId)
        {
            Mentions = mentions, Title = title, Kind = kind, PlanId = planId, Date = date, Issuer = issuer, Metadata = metadata, DescribedPlanIds = described, Region = region,
        };
        RuleRegistry.Run(RuleStage.Plan, context);
        RuleRegistry.Run(RuleStage.Goals, context);
        RuleRegistry.Run(RuleStage.Measures, context);
        Boxes();
        context.BoxGoals = boxGoals;
        context.BoxItemProjects = boxItemProjects;
        RuleRegistry.Run(RuleStage.Items, context);
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
            if (text.Length <= 80 && !DocumentMetadataReader.SentencePunctuation().IsMatch(text) && (PlanWords().IsMatch(text) || ReplyWords().IsMatch(text)))
            {
                // A title set over several short lines ("《…规划》" / "政策解读") continues on the next one, but only
                // when the next line makes it a title of another kind: a web page's "首页" or a signature's
                // "某市人民政府" under a complete title is not part of it.
                var end = opening[i];
                if (i + 1 < opening.Count && opening[i + 1].Heading.Length <= 8 && !opening[i + 1].Heading.Any(char.IsAsciiDigit)
                    && TitleContinues(text, Canonical.Display(opening[i + 1].Heading)))
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

    /// <summary>Whether a short line under a title line continues it: it makes a title of what was none, or it is an interpretation's or reply's word.</summary>
    private static bool TitleContinues(string text, string next) =>
        next.Contains("解读", StringComparison.Ordinal) || ReplyWords().IsMatch(next) || (PlanNaming.Kind(text) is null && PlanNaming.Kind(text + next) is not null);

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

    /// <summary>The goal whose section (or an enclosing one) holds a text (Rules/GoalIndex).</summary>
    private string? GoalOf(string sectionPath) => context!.Goals.GoalOf(sectionPath);

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
                        : Places(name).Select(f => f.Place).Where(p => p.Type is not ("region" or "city" or "province")).ToList();
                    if (places.Count == 0 && ReferenceEquals(raw, names[0]) && region is { } home)
                    {
                        // The places inside the document's own region the item's text names are where it lies
                        // ("成果转化集聚区。推进余杭区…、富阳区…等…建设"); a place elsewhere is a partner or a benchmark.
                        places = [.. Places(firstLine).Select(f => f.Place).Where(p => p != home.Home && gazetteer.Chain(p).Skip(1).Contains(home.Home)).Distinct()];
                    }
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
        // So does a short noun phrase run in before the item's prose: what the box lists ("环大学（大学城）创新生态圈。以…",
        // "高水平实验室矩阵：支持…"), not an activity.
        var titleIsProject = ProjectSuffix().IsMatch(titleName) || (titleName.EndsWith('”') && titleName.Contains('“', StringComparison.Ordinal) && titleName.Length <= 40)
            || (titleName.Length is >= 4 and <= 20 && !VerbInside.IsMatch(titleName) && !NotAName().IsMatch(titleName)
                && !Rules.Items.ItemLexicon.Value.PlaceSuffixes.Any(p => titleName.EndsWith(p, StringComparison.Ordinal)));
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

    /// <summary>An institution node, named as the document's region names its bodies (Rules/Institutions/InstitutionNodes).</summary>
    private string InstitutionNode(InstitutionMention mention, Evidence evidence) => Rules.Institutions.InstitutionNodes.Mentioned(context!, mention, evidence);

    /// <summary>Places a text of this document names, read in the document's region.</summary>
    private IEnumerable<(GazetteerPlace Place, string Form, int Index)> Places(string text) => gazetteer.Find(text, region);

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









    [GeneratedRegex(@"[、；;]")]
    private static partial Regex ListSeparators();







}
