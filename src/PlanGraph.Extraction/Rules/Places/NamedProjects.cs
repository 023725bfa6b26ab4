using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// Named projects of a sentence, as plans list them: "加快外滩源二期、170街坊等重点项目开发建设" (the members before
/// 等…项目) and "加快天荟TODTOWN项目的建设" (a proper name ending in 项目). Kinds (一批项目, 重大项目) are no names.
/// </summary>
internal static partial class NamedProjects
{
    public static IEnumerable<string> In(string text)
    {
        var names = new List<string>();
        foreach (Match m in Listed.Matches(text))
        {
            foreach (var member in m.Groups["list"].Value.Split('、'))
            {
                var name = Lead.Replace(member.Trim(), "");
                if (IsName(name))
                {
                    names.Add(name);
                }
            }
        }

        foreach (Match m in Single.Matches(text))
        {
            var name = Lead.Replace(m.Groups["name"].Value, "");
            if (IsName(name) && !names.Any(n => n.Contains(name, StringComparison.Ordinal) || name.Contains(n, StringComparison.Ordinal)))
            {
                names.Add(name);
            }
        }

        return names.Distinct(StringComparer.Ordinal);
    }

    private static bool IsName(string name)
        => name.Length is >= 3 and <= 24 && !Kind().IsMatch(name) && !name.Contains('的', StringComparison.Ordinal);

    // The members before 等(重点/重大)项目, after the verb that opens the list.
    private static readonly Regex Listed = VerbLists.Pattern(@"(?:%project-list%)(?<list>[^，。；：、“”]{2,30}(?:、[^，。；：、“”]{2,30}){0,8})等(?:一批)?(?:重点|重大|重要)?项目");

    private static readonly Regex Single = VerbLists.Pattern(@"(?:%project-single%)(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9·—\-]{3,22}?项目)(?:的|建设|实施|落地|，|。|、)");

    // Verbs and adverbs a member may still start with.
    private static readonly Regex Lead = VerbLists.Pattern(@"^(?:%project-lead%)+");

    // Kinds and counts, not names: 一批项目, 重大项目, 8个城中村整体改造项目, 相关配套项目.
    [GeneratedRegex(@"^(?:[\d一二三四五六七八九十两几]+[个项批类]|一批|若干|各类|相关|重点|重大|重要|其他|该|本|上述|配套|新建|续建)|^[^\p{IsCJKUnifiedIdeographs}]*项目$")]
    private static partial Regex Kind();
}
