using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// The document itself, first of all rules: its title (a notice's or front matter's, else the first short line
/// naming a plan), its kind, the plans it describes (`plan.title`, DESCRIBES), their date and issuer where the
/// text states them (`plan.date`) and the document's region. Writes <see cref="DocumentContext.Title"/>,
/// <see cref="DocumentContext.Kind"/>, <see cref="DocumentContext.PlanId"/> and the rest of the document's facts
/// for every later stage.
/// </summary>
internal sealed partial class PlanTitleRule : IDocumentRule
{
    public string Id => "plan.title";

    public RuleStage Stage => RuleStage.Document;

    public void Apply(DocumentContext context)
    {
        var (document, graph, gazetteer) = (context.Document, context.Graph, context.Gazetteer);
        var metadata = DocumentMetadataReader.Read(document, gazetteer);
        var (title, titlePiece) = ChooseTitle(document, metadata);
        var fromMetadata = metadata.Title is not null && title == metadata.Title;
        var issued = fromMetadata ? metadata.Issued : titlePiece is null ? [] : [(title, titlePiece)];
        var kind = title.Contains("解读", StringComparison.Ordinal) ? DocumentKinds.Interpretation
            : ReplyWords().IsMatch(title) ? DocumentKinds.Reply
            : metadata.Kind ?? MainKind(issued) ?? PlanNaming.Kind(title) ?? (PlanWords().IsMatch(title) ? DocumentKinds.Plan : DocumentKinds.Other);
        var described = DescribedPlans(context, title, titlePiece, kind, issued, metadata.Issuer);
        var planId = described.Count == 0 ? null
            : described.FirstOrDefault(id => PlanNaming.Kind(graph.NameOf(id)!) == DocumentKinds.Plan) ?? described[0];
        var (date, issuer, statedStart, statedEnd) = DocumentDating.Read(document.NormalizedText);
        if (metadata.Date is not null)
        {
            (date, issuer) = (metadata.Date, metadata.Issuer);
        }

        // The region is the title's and issuer's; a title lost to the file name leaves the document's opening lines.
        var region = gazetteer.RegionOf(title + "\n" + issuer) ?? gazetteer.RegionOf(document.NormalizedText[..Math.Min(200, document.NormalizedText.Length)]);
        if (metadata.Date is null && planId is not null && date is not null)
        {
            // The plan's date (and issuer) are its text's: a draft's cover date is the draft's.
            var (first, last) = document.Map.Lines(statedStart, statedEnd);
            var stated = new TextPiece(document.NormalizedText[statedStart..statedEnd], statedStart, statedEnd, first, last);
            graph.Node(NodeLabels.Plan, graph.NameOf(planId)!, context.Evidence.From(stated, string.Empty, "plan.date"),
                new Dictionary<string, object?> { ["date"] = date, ["issuer"] = issuer }, id: planId);
        }

        issuer ??= metadata.Issuer;
        context.Title = title;
        context.Kind = kind;
        context.PlanId = planId;
        context.Date = date;
        context.Issuer = issuer;
        context.Metadata = metadata;
        context.DescribedPlanIds = described;
        context.Region = region;
    }

    /// <summary>The first short line before the first heading that names a plan, interpretation or reply; else the file name.</summary>
    private static (string Title, TextPiece? Piece) Title(IngestedDocument document)
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
    private static (string Title, TextPiece? Piece) ChooseTitle(IngestedDocument document, DocumentMetadata metadata)
    {
        if (metadata.Title is { } read && metadata.TitleSource is "notice" or "front-matter")
        {
            return (read, metadata.TitlePiece);
        }

        var legacy = Title(document);
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
    private static List<string> DescribedPlans(DocumentContext context, string title, TextPiece? titlePiece, string kind, IReadOnlyList<(string Title, TextPiece Piece)> issued, string? issuer)
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
            var evidence = context.Evidence.From(piece, "", "plan.title");
            var planId = context.Graph.Node(NodeLabels.Plan, PlanName(name), evidence, properties, aliases: PlanNaming.ShortNames(PlanName(name)));
            context.Graph.Relationship(RelationshipTypes.Describes, context.DocumentId, planId, evidence);
            ids.Add(planId);
        }

        return ids;
    }

    private static string PlanName(string name) => DraftMark().Replace(name, "");

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,12}?)[“""]?(十[一二三四五六七八九]五)[”""]?")]
    private static partial Regex RegionPeriod();


    [GeneratedRegex(@"规划|纲要|方案|计划|行动|政策")]
    private static partial Regex PlanWords();

    [GeneratedRegex(@"答复|回复|复函|建议的")]
    private static partial Regex ReplyWords();

    [GeneratedRegex(@"《([^《》]{2,80})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"[（(]?草案[)）]?")]
    private static partial Regex DraftMark();
}
