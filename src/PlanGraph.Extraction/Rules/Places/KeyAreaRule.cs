using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// The sections of a 重点片区 / 重点区域 chapter (Data/place-words.tsv, key-area) each name a place of the document's
/// region: "三、重点片区 （二）大零号湾", "（一）外滩区域更新" → 外滩区域, PART_OF the document's division. What the section
/// builds lies there: the projects the section names (A、B等重点项目, X项目) are LOCATED_IN it.
/// </summary>
internal sealed partial class KeyAreaRule : IDocumentRule
{
    public string Id => "place.key-area";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        var gazetteer = context.Gazetteer;
        foreach (var chapter in context.Document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section))
        {
            if (!gazetteer.KeyAreaHeadings.Any(k => chapter.Heading.Contains(k, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var section in chapter.Children.Where(c => c.Kind == OutlineKind.Section))
            {
                var name = AreaName(gazetteer, section.Heading);
                if (name is null)
                {
                    continue;
                }

                var heading = new TextPiece(section.Heading, section.SpanStart, section.SpanStart + section.Heading.Length, section.FirstLine, section.FirstLine);
                var evidence = context.Evidence.From(heading, section.SectionPath, Id);
                var place = PlaceNodes.Named(context, name, context.Region?.Home, evidence);
                LocateSectionProjects(context, section, place);
            }
        }
    }

    /// <summary>The heading without numbering and tails such as 更新 (外滩区域更新 → 外滩区域); null when it is no name or opens with a verb.</summary>
    private static string? AreaName(Gazetteer gazetteer, string heading)
    {
        var name = Numbering().Replace(heading.Trim(), "").Trim();
        // Tails go while three name characters remain (老城厢区域更新 → 老城厢; 外滩区域 keeps its 区域).
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var tail in gazetteer.HeadingTails)
            {
                if (name.EndsWith(tail, StringComparison.Ordinal) && name.Length - tail.Length >= 3)
                {
                    name = name[..^tail.Length];
                    stripped = true;
                    break;
                }
            }
        }

        // A heading that opens with a verb is a task (推进苏锡常都市圈建设), not a place's name.
        return name.Length is >= 2 and <= 16 && NameChars().IsMatch(name) && PlaceNodes.WithoutLead(name).Length == name.Length ? name : null;
    }

    private void LocateSectionProjects(DocumentContext context, OutlineNode section, string place)
    {
        var graph = context.Graph;
        foreach (var sentence in context.Document.Sentences.Where(s => s.Section.IsWithin(section)))
        {
            var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, "located.key-area");
            foreach (var name in NamedProjects.In(sentence.Text.Text.Replace("\n", "", StringComparison.Ordinal)))
            {
                if (context.Gazetteer.IsSurfaceForm(name))
                {
                    continue;
                }

                var project = graph.Node(NodeLabels.Project, name, evidence with { Rule = "project.key-area" });
                graph.Relationship(RelationshipTypes.LocatedIn, project, place, evidence);
            }
        }

        // Projects other rules found in the section lie there too (beside a coarser place a name starting with the city's name holds).
        foreach (var (id, label) in graph.NodesIn(context.DocumentId))
        {
            if (label == NodeLabels.Project && graph.EvidenceOf(id).FirstOrDefault(e => e.DocumentId == context.DocumentId && Inside(e.SectionPath, section)) is { } found)
            {
                graph.Relationship(RelationshipTypes.LocatedIn, id, place, found with { Rule = "located.key-area" });
            }
        }
    }

    // Evidence carries only its section's path (what the graph stores), so another rule's evidence is placed by it.
    private static bool Inside(string path, OutlineNode section)
        => path == section.SectionPath || path.StartsWith(section.SectionPath + " > ", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[\.、．])")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9·—\-]+$")]
    private static partial Regex NameChars();
}
