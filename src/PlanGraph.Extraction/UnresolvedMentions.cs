using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>
/// Finds what the rules passed over: 《…》 titles, place-like names (…片区, …园区, …商圈, …口岸) and
/// institution-like names (…大学, …研究院, …有限公司) that match no extracted entity's name or alias and
/// are not part of one. The data-quality report lists them so the lexicons and rules can grow.
/// </summary>
internal static partial class UnresolvedMentions
{
    public static IReadOnlyList<UnresolvedMention> Find(IReadOnlyList<IngestedDocument> documents, GraphDocument graph)
    {
        var known = graph.Nodes.SelectMany(n => n.Aliases.Prepend(n.Name)).Select(Canonical.Key).Where(k => k.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var names = graph.Nodes.Select(n => Canonical.Key(n.Name)).Where(n => n.Length > 0).ToList();
        var found = new List<UnresolvedMention>();
        foreach (var document in documents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sentence in document.Sentences)
            {
                foreach (var (pattern, kind) in Patterns)
                {
                    foreach (Match match in pattern.Matches(sentence.Text.Text))
                    {
                        var group = match.Groups["name"];
                        var lead = kind == "title" ? null : LeadingVerbs().Match(group.Value);
                        var skip = lead is { Success: true } && lead.Length < group.Length - 3 ? lead.Length : 0;
                        var text = group.Value[skip..];
                        var key = Canonical.Key(text);

                        // Known entities, parts of their names, text naming a known entity plus words around it,
                        // and kinds rather than names (重点片区, 行业协会) are not unresolved.
                        if (key.Length < 4 || known.Contains(key) || names.Any(n => n.Contains(key, StringComparison.Ordinal))
                            || (kind != "title" && (known.Any(k => key.Contains(k, StringComparison.Ordinal)) || Generic().IsMatch(text))) || !seen.Add(key))
                        {
                            continue;
                        }

                        var start = sentence.Text.SpanStart + group.Index + skip;
                        var (line, _) = document.Map.Lines(start, start + text.Length);
                        found.Add(new UnresolvedMention(document.FileName, line, text, kind));
                    }
                }
            }
        }

        return found;
    }

    private static readonly (Regex Pattern, string Kind)[] Patterns = [(Title(), "title"), (PlaceLike(), "place"), (InstitutionLike(), "institution")];

    [GeneratedRegex(@"^(顺利|完成|高起点|高标准|高质量|规划|打造|建设|推动|推进|加快|支持|依托|围绕|聚焦|引入|提高|提升|完善|促进|激活|焕发|充分|唤醒|发展|开发|结合|实现|带动|引导|鼓励|加强|深化|发挥|用好|争取|积极|有序|牵引|存量|更新|方式|调动|携手|并与|是指|以|与|和|及|在|对|并)+")]
    private static partial Regex LeadingVerbs();

    [GeneratedRegex(@"^(重点|周边|周围|产业|创新|特色|城市更新|国际一流|世界一流|全球知名|行业|商协会|科创|科技|虚拟|社区|时尚|核心|大|主要|相关|各类|区属|高品质|高质量|国际化|生活|示范)|^.{0,2}(片区|园区|商圈|街区|口岸|大学|协会)$")]
    private static partial Regex Generic();

    [GeneratedRegex(@"《(?<name>[^《》]{4,60})》")]
    private static partial Regex Title();

    // Up to eight characters before the suffix, after punctuation or a common verb.
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:(?:推动|推进|打造|建设|依托|支持|加快|围绕|聚焦|以|在|与|和|及)?)(?<name>\p{IsCJKUnifiedIdeographs}{2,8}(?:片区|园区|商圈|街区|口岸|产业园))")]
    private static partial Regex PlaceLike();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:(?:推动|推进|依托|支持|联合|引进|与|和|及)?)(?<name>\p{IsCJKUnifiedIdeographs}{2,12}(?:大学|研究院|研究所|有限公司|交易所|协会))")]
    private static partial Regex InstitutionLike();
}
