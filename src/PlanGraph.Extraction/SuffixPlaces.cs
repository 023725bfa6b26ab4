using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>
/// Places the gazetteer does not list, named by a known place plus a place-kind suffix: 福田中心商圈,
/// 深圳自贸片区, 皇岗口岸商圈. Anchoring on a known place keeps phrases such as 形成世界级商圈 or
/// 五大特色商圈 (a kind of place, not a named one) out; the anchor is also where the new place lies.
/// </summary>
internal static partial class SuffixPlaces
{
    /// <summary>A candidate: its name, the place it is named after, its type, and where it starts in the text.</summary>
    public readonly record struct Candidate(string Name, GazetteerPlace Anchor, string Type, int Index);

    /// <param name="text">A sentence.</param>
    /// <param name="matches">The gazetteer's matches in the sentence.</param>
    /// <param name="gazetteer">The known places.</param>
    /// <param name="isProject">Whether a name is already a project (a 街区 or 产业园 built as a project stays one).</param>
    public static IEnumerable<Candidate> Find(string text, IEnumerable<(GazetteerPlace Place, string Form, int Index)> matches, Gazetteer gazetteer, Func<string, bool> isProject)
    {
        foreach (var (place, form, index) in matches)
        {
            if (place.Type is "region" or "community")
            {
                continue;
            }

            // Inside a cited title (《福田区科技产业园区（孵化器）认定与管理办法》) a suffix names a kind of place.
            if (text.LastIndexOf('《', index) > text.LastIndexOf('》', index))
            {
                continue;
            }

            // The name ends within ten characters and a suffix of the anchor: look no further.
            var start = index + form.Length;
            var match = Tail().Match(text.Substring(start, Math.Min(14, text.Length - start)));
            if (!match.Success)
            {
                continue;
            }

            var middle = match.Value[..^match.Groups["suffix"].Value.Length];
            var name = Canonical.Display(form + match.Value).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (gazetteer.IsSurfaceForm(name) || isProject(name) || gazetteer.Find(name).Any(f => f.Form.Length > form.Length)
                || Planning().IsMatch(middle)
                || (middle.Length == 0 && place.Type is "city" or "district" or "area" or "street")
                || name.EndsWith("公园区", StringComparison.Ordinal))
            {
                // A verb of planning joins two names (福田区依托…产业园, …纳入深圳自贸片区); an area plus a bare
                // suffix is the area itself (河套片区) or too vague to place (深圳园区); 公园区 is 公园 + 区域.
                continue;
            }

            yield return new Candidate(name, place, TypeOf(match.Groups["suffix"].Value), index);
        }
    }

    private static string TypeOf(string suffix) => suffix switch
    {
        "商圈" => "business-district",
        "口岸" => "port",
        "园区" or "产业园" => "park",
        _ => "area",
    };

    // Up to eight name characters (no function words, punctuation or verbs of planning) before the suffix,
    // right after the anchor: 福田|中心|商圈, 皇岗口岸||商圈.
    [GeneratedRegex("依托|纳入|布局|持续|攻坚|重点|建设|打造|推动|推进|加快|形成|引进|引入|支持|开发|培育|提升|联动|融合|发展|参与|瞄准|围绕|聚焦|对标|一批|若干|各类")]
    private static partial Regex Planning();

    [GeneratedRegex(@"^(?:(?![的之与和及或在从向对把将为以等地是并、，。；：“”‘’（）()《》\t\r\n])[\p{IsCJKUnifiedIdeographs}A-Za-z0-9 ]){0,10}?(?<suffix>商圈|片区|园区|产业园|口岸|街区)(?!区)")]
    private static partial Regex Tail();
}
