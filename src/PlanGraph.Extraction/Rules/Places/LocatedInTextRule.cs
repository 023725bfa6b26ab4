using System.Text.RegularExpressions;
using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// LOCATED_IN where a sentence or a 专栏 item says where something is built (Data/place-words.tsv, trigger / build-verb / facility /
/// zone): "支持合肥、芜湖、铜陵、阜阳等地标识解析服务平台建设" (every place of the list), "支持合肥建设国家级互联网骨干
/// 直联点", and list items that put a place before what is built there ("重点打造X经济技术开发区Y大街、Z区商业
/// 航天产业基地" → Y大街 in X经济技术开发区, a zone inside X市).
/// </summary>
internal sealed partial class LocatedInTextRule : IDocumentRule
{
    public string Id => "located.text";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        // Sentences, and 专栏 items that list what they build ("建设A中心、B区C中心等项目。"); other items are
        // titles and prose whose names the box rule reads.
        var pieces = context.Document.Sentences.Select(s => (s.Text, s.SectionPath))
            .Concat(context.Document.Boxes.SelectMany(b => b.Items.Where(item => ListedWorks().IsMatch(item.Text.Text)).Select(item => (item.Text, b.SectionPath))));
        foreach (var (piece, sectionPath) in pieces)
        {
            var text = piece.Text.Replace("\n", "", StringComparison.Ordinal);
            var evidence = context.Evidence.From(piece, sectionPath, Id);
            foreach (var (places, name, alias) in Statements(context.Gazetteer, text, context.Region, context.Mentions.PlacesIn(text)))
            {
                if (context.Graph.HasNode(StableId.For(NodeLabels.Institution, Canonical.Key(name))) || context.Graph.HasNode(StableId.For(NodeLabels.Place, Canonical.Key(name))))
                {
                    continue;
                }

                var project = context.Graph.Node(NodeLabels.Project, name, evidence with { Rule = "project.located-text" }, aliases: alias is null ? null : [alias]);
                foreach (var place in places)
                {
                    var id = place.Zone is { } zone
                        ? PlaceNodes.Area(context, zone, "zone", place.Place, evidence with { Rule = "place.zone-located" })
                        : PlaceNodes.Known(context, place.Place, evidence with { Rule = "place.gazetteer" });
                    context.Graph.Relationship(RelationshipTypes.LocatedIn, project, id, evidence);
                }
            }
        }
    }

    /// <summary>A place of a statement: a gazetteer place, or a zone named after it (a city's short form + 经济技术开发区).</summary>
    internal readonly record struct Located(GazetteerPlace Place, string? Zone);

    /// <summary>What the sentence says is built where: the places, the name of what is built, and its short name.</summary>
    internal static IEnumerable<(List<Located> Places, string Name, string? Alias)> Statements(Gazetteer gazetteer, string text, DocumentRegion? region,
        IEnumerable<(GazetteerPlace Place, string Form, int Index)>? found = null)
    {
        var matches = (found ?? gazetteer.Find(text, region)).OrderBy(m => m.Index).ToList();
        if (matches.Count == 0)
        {
            yield break;
        }

        var triggers = gazetteer.Words("trigger");
        var verbs = gazetteer.Words("build-verb");
        var adverbs = gazetteer.Words("build-adverb");
        var facilities = gazetteer.Words("facility");
        var zones = gazetteer.Words("zone");
        // Whether the text builds at all is asked only of a place listed after 、, so it is worked out then, once.
        bool? builds = null;
        var i = 0;
        while (i < matches.Count)
        {
            // A run of places joined by 、/和/及/与; each may carry a zone right after its name.
            var run = new List<Located>();
            var end = 0;
            var j = i;
            for (; j < matches.Count; j++)
            {
                var (place, form, index) = matches[j];
                if (run.Count == 1 && index == end && gazetteer.Chain(place).Skip(1).Contains(run[^1].Place)
                    && verbs.Any(v => text.AsSpan(index + form.Length).StartsWith(v, StringComparison.Ordinal)))
                {
                    // A district written after its city, then a building verb ("在杭州市滨江区建设X"), is the one place, the deeper.
                    run[^1] = new Located(place, null);
                    end = index + form.Length;
                    continue;
                }

                if (run.Count > 0 && !Joiner().IsMatch(text[end..index]))
                {
                    break;
                }

                end = index + form.Length;
                var zone = StartingAt(text, end, zones);
                run.Add(new Located(place, zone is null ? null : form + zone));
                end += zone?.Length ?? 0;
            }

            var start = matches[i].Index;
            i = Math.Max(j, i + 1);
            var triggered = EndsWithAny(text, start, triggers) || EndsWithAny(text, start, verbs)
                || (start > 0 && text[start - 1] == '、' && (builds ??= verbs.Any(v => text.Contains(v, StringComparison.Ordinal)) || triggers.Any(t => t.Length > 1 && text.Contains(t, StringComparison.Ordinal))));
            if (!triggered || run.Any(r => r.Place.Type is "region" or "river"))
            {
                continue;
            }

            var rest = Bracket().Replace(text[end..], "");
            var etc = Etc().Match(rest);
            rest = rest[etc.Length..];
            // An adverb may stand before the verb (等城市率先建成X).
            if (adverbs.FirstOrDefault(a => rest.StartsWith(a, StringComparison.Ordinal)) is { } adverb && verbs.Any(v => rest.AsSpan(adverb.Length).StartsWith(v, StringComparison.Ordinal)))
            {
                rest = rest[adverb.Length..];
            }

            var verb = verbs.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal));
            rest = rest[(verb?.Length ?? 0)..];
            var adjacent = etc.Length == 0 && verb is null;
            var segment = Segment().Match(rest).Value;
            segment = Tail.Replace(segment, "");
            var name = Longest(segment, facilities);
            if (name is null || gazetteer.Find(name, region).Any() || (name.Length < 5 && !(adjacent && run.Count == 1)))
            {
                continue;
            }

            // A name written right after its single place keeps it (番禺区公共卫生服务中心), with the bare name as alias.
            if (adjacent && run.Count == 1)
            {
                yield return (run, text[start..end] + name, name);
            }
            else
            {
                yield return (run, name, null);
            }
        }
    }

    /// <summary>Whether the text before <paramref name="end"/> ends with one of the words (no copy of that text).</summary>
    private static bool EndsWithAny(string text, int end, IReadOnlyList<string> words)
    {
        var before = text.AsSpan(0, end);
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of the words that <paramref name="text"/> has at <paramref name="at"/>, or null.</summary>
    private static string? StartingAt(string text, int at, IReadOnlyList<string> words)
    {
        var rest = text.AsSpan(at);
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The longest start of <paramref name="segment"/> that ends like something built (…平台, …产业园).</summary>
    private static string? Longest(string segment, IReadOnlyList<string> facilities)
    {
        for (var length = Math.Min(segment.Length, 25); length >= 3; length--)
        {
            var candidate = segment.AsSpan(0, length);
            foreach (var f in facilities)
            {
                if (candidate.Length > f.Length && candidate.EndsWith(f, StringComparison.Ordinal))
                {
                    return candidate.ToString();
                }
            }
        }

        return null;
    }

    [GeneratedRegex("^(?:、|和|及|与|以及)$")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^[（(][A-Za-z0-9]+[）)]")]
    private static partial Regex Bracket();

    [GeneratedRegex("^(?:等地区|等地|等区|等市|等城市|等)(?:的)?")]
    private static partial Regex Etc();

    // What is built: up to the next punctuation or 等.
    [GeneratedRegex(@"^[^，。；、：:,;（(“”等]{2,30}")]
    private static partial Regex Segment();

    private static readonly Regex Tail = VerbLists.Pattern(@"(?:%built-tail%)+$");

    [GeneratedRegex(@"等(?:项目|工程|设施)")]
    private static partial Regex ListedWorks();
}
